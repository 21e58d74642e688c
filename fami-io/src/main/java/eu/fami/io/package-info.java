/**
 * Strict, problem-collecting, streaming reading and canonical writing of {@code fami/1} documents
 * (programme, call, project, report, dataset) over Jackson's streaming parser and generator.
 *
 * <p>Entry point: {@link eu.fami.io.FamiJson}. Reading returns a {@link eu.fami.io.ReadResult} (the
 * document as far as it could be read, the problems, a {@link eu.fami.io.SourceMap}); a dataset can
 * be streamed with a {@link eu.fami.io.DatasetReader} and written with a {@link
 * eu.fami.io.DatasetWriter}; {@link eu.fami.io.FamiModule} plugs the same code into an {@code
 * ObjectMapper}. Everything else in this package is internal.
 */
package eu.fami.io;
