// Starts `smartlint lsp` for Markdown, plain-text and YAML documents, saved or
// not; the server publishes diagnostics on open, change and save and offers
// quick-fix rewrites. The executable is the setting `smartlint.path`, read
// again (and the server restarted) when it changes.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { commands, ExtensionContext, window, workspace } from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

export const INSTALL_HINT =
  "Install it with `pip install smartlint` (in the Python environment you use), " +
  "or set `smartlint.path` to the executable.";

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    commands.registerCommand("smartlint.restart", () => restart()),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("smartlint.path")) {
        void restart();
      }
    }),
    { dispose: () => void stop() },
  );
  return start();
}

export function deactivate(): Promise<void> {
  return stop();
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running !== undefined) {
    await running.stop().catch(() => undefined);
  }
}

async function start(): Promise<void> {
  const configured = workspace.getConfiguration("smartlint").get<string>("path", "smartlint");
  const command = expand(configured || "smartlint");
  if (findExecutable(command) === undefined) {
    void window.showErrorMessage(`smartlint: cannot find \`${command}\`. ${INSTALL_HINT}`);
    return;
  }
  // TransportKind.stdio makes the client add `--stdio`, which `smartlint lsp` accepts.
  const serverOptions: ServerOptions = { command, args: ["lsp"], transport: TransportKind.stdio };
  const documentSelector = ["file", "untitled"].flatMap((scheme) =>
    ["markdown", "plaintext", "yaml"].map((language) => ({ scheme, language })),
  );
  const clientOptions: LanguageClientOptions = { documentSelector };
  const started = new LanguageClient("smartlint", "smartlint", serverOptions, clientOptions);
  client = started;
  try {
    await started.start();
  } catch (error) {
    client = undefined;
    void window.showErrorMessage(`smartlint: could not start \`${command} lsp\` (${error}). ${INSTALL_HINT}`);
  }
}

/**
 * The setting as a path: `~`, `${userHome}` and `${workspaceFolder}` expanded, and
 * a relative path with a folder in it read from the (first) workspace folder.
 */
export function expand(setting: string): string {
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  const expanded = setting
    .replace(/^~(?=$|[\\/])/, os.homedir())
    .replace(/\$\{userHome\}/g, os.homedir())
    .replace(/\$\{workspaceFolder\}/g, folder);
  const relative = /[\\/]/.test(expanded) && !path.isAbsolute(expanded);
  return relative && folder ? path.join(folder, expanded) : expanded; // ./.venv/bin/smartlint
}

/** The file `command` runs: itself when it has a folder, else the first match on PATH. */
export function findExecutable(command: string): string | undefined {
  const candidates = command.includes(path.sep) || command.includes("/")
    ? [command]
    : (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).flatMap((folder) =>
        (process.platform === "win32" ? [".exe", ".cmd", ""] : [""]).map((ext) =>
          path.join(folder, command + ext),
        ),
      );
  return candidates.find((file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}
