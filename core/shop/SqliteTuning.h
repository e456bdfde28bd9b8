#pragma once

namespace rd {

// Process-wide SQLite settings, applied before the first SQLite connection of the process opens
// (sqlite3_config() only works before SQLite initialises itself; later calls change nothing).
//
// Memory statistics off (SQLITE_CONFIG_MEMSTATUS = 0): with them on, which is SQLite's default, every
// allocation SQLite makes takes one process-wide mutex to count it. Connections on several threads
// (the catalog's page readers, the shop worker beside the state store) then queue on that mutex for
// every row they step through: an ICML export with two reader threads spent more CPU in futex calls
// than in reading. RetailDesk never asks SQLite for its memory statistics.
//
// The SQLite library is the one Qt's QSQLITE driver uses, found at run time (QLibrary "sqlite3"),
// so there is no build dependency on SQLite's headers; when it cannot be found (a Qt build with its
// own copy of SQLite inside the driver), nothing is changed. Safe to call from any thread, any number
// of times: only the first call does anything. Returns whether the setting took effect.
bool tuneSqliteOnce();

} // namespace rd
