#include "SqliteTuning.h"

#include <QLibrary>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

constexpr int SqliteOk = 0; // SQLITE_OK
constexpr int SqliteConfigMemStatus = 9; // SQLITE_CONFIG_MEMSTATUS, "boolean" argument

bool applyTuning()
{
    // Never unloaded: the QSQLITE driver shares this library from now on.
    static QLibrary sqlite(u"sqlite3"_s, 0);
    if (!sqlite.load())
        return false;
    using Config = int (*)(int, ...);
    const auto config = reinterpret_cast<Config>(sqlite.resolve("sqlite3_config"));
    return config && config(SqliteConfigMemStatus, 0) == SqliteOk;
}

} // namespace

bool tuneSqliteOnce()
{
    static std::once_flag once;
    static bool applied = false;
    std::call_once(once, [] { applied = applyTuning(); });
    return applied;
}

} // namespace rd
