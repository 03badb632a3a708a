"""The language server's view of configuration files: when to read them again.

Configs are read once and kept (``load_config`` and the folder lookup are
cached), which is right for a CLI run and wrong for a server that runs all
day: an edited ``.smartlint.yaml`` went unseen until the editor restarted.
The server asks the client to watch the config files (when the client can
register watchers at run time), and also treats the save of an open config
file as a change, then forgets what it read and lints the open documents
again.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from lsprotocol import types

from smartlint.config import CONFIG_NAMES

NAMES = (*CONFIG_NAMES, "pyproject.toml")
WATCH_ID = "smartlint-config-files"


def is_config(uri: str) -> bool:
    """Whether ``uri`` names a file smartlint reads its configuration from."""
    return posixpath.basename(unquote(urlsplit(uri).path)) in NAMES


def any_config(uris: Iterable[str]) -> bool:
    """Whether any of ``uris`` names a configuration file."""
    return any(is_config(uri) for uri in uris)


def can_watch(capabilities: types.ClientCapabilities) -> bool:
    """Whether the client lets the server register file watchers at run time."""
    workspace = capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    return bool(watched and watched.dynamic_registration)


def watch_registration() -> types.RegistrationParams:
    """Ask the client to report changes to config files anywhere in the workspace."""
    watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in NAMES]
    options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
    registration = types.Registration(
        id=WATCH_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    return types.RegistrationParams(registrations=[registration])
