/**
 * The local web workspace ({@code huibao serve}): a thin shell over {@link huibao.Huibao} like the
 * command line, answering JSON written by {@link huibao.export.json} and the downloads of
 * {@link huibao.export.Exports}. {@link huibao.web.WorkspaceServer} makes the Javalin app, one class
 * per page registers that page's routes, and {@link huibao.web.ArchiveView} holds what the facade
 * computed for one version of the archive, so that requests answer from memory. It may use what the
 * command line may use, and nothing but the command line uses it.
 */
package huibao.web;
