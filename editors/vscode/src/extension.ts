// Starts `smartlint lsp` for Markdown, plain-text and YAML documents; the server
// publishes diagnostics on open, change and save and offers quick-fix rewrites.
import { workspace, ExtensionContext } from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): void {
  const [command, ...args] = workspace
    .getConfiguration("smartlint")
    .get<string[]>("command", ["smartlint", "lsp"]);
  const serverOptions: ServerOptions = { command, args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "yaml" },
    ],
  };
  client = new LanguageClient("smartlint", "smartlint", serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  void client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
