// Runs the built extension (out/extension.js) against stand-ins for the `vscode`
// and `vscode-languageclient/node` modules, and prints what it did as JSON lines.
// Usage: node harness.js EXTENSION_DIR SETTING_BEFORE SETTING_AFTER
"use strict";
const Module = require("module");
const path = require("path");

const [extensionDir, before, after] = process.argv.slice(2);
const events = [];
const log = (event) => events.push(event);
let setting = before;
const commandHandlers = {};
const configListeners = [];

const vscode = {
  commands: {
    registerCommand: (name, handler) => {
      commandHandlers[name] = handler;
      return { dispose() {} };
    },
  },
  window: { showErrorMessage: (message) => log({ event: "error", message }) },
  workspace: {
    workspaceFolders: [{ uri: { fsPath: extensionDir } }],
    getConfiguration: (section) => ({
      get: (key, fallback) => (section === "smartlint" && key === "path" ? setting : fallback),
    }),
    onDidChangeConfiguration: (listener) => {
      configListeners.push(listener);
      return { dispose() {} };
    },
  },
};

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    this.command = serverOptions.command;
    log({
      event: "client",
      command: serverOptions.command,
      args: serverOptions.args,
      transport: serverOptions.transport,
      selector: clientOptions.documentSelector,
    });
  }
  start() {
    log({ event: "start", command: this.command });
    return Promise.resolve();
  }
  stop() {
    log({ event: "stop", command: this.command });
    return Promise.resolve();
  }
}
const languageclient = { LanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } };

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === "vscode") return vscode;
  if (request === "vscode-languageclient/node") return languageclient;
  return load.call(this, request, ...rest);
};

async function main() {
  const extension = require(path.join(extensionDir, "out", "extension.js"));
  const subscriptions = [];
  await extension.activate({ subscriptions });
  log({ event: "activated", commands: Object.keys(commandHandlers) });
  setting = after;
  const unrelated = { affectsConfiguration: (name) => name === "editor.fontSize" };
  const ours = { affectsConfiguration: (name) => name === "smartlint.path" || name === "smartlint" };
  for (const listener of configListeners) await listener(unrelated);
  log({ event: "changed" });
  for (const listener of configListeners) await listener(ours);
  await new Promise((resolve) => setTimeout(resolve, 0)); // the restart it started
  log({ event: "restart-command" });
  await commandHandlers["smartlint.restart"]();
  for (const item of subscriptions) item.dispose();
  await extension.deactivate();
  for (const event of events) console.log(JSON.stringify(event));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
