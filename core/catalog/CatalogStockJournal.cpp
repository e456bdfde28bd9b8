#include "CatalogStockJournal.h"

#include "config/Profile.h"
#include "shop/SqliteTuning.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

std::atomic<int> s_counter { 0 };

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

CatalogStockJournal::CatalogStockJournal(QString path)
    : m_path(std::move(path))
    , m_connection(u"retaildesk-catalog-journal-%1"_s.arg(s_counter.fetch_add(1)))
{ }

CatalogStockJournal::~CatalogStockJournal()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString CatalogStockJournal::defaultPath(const Profile &profile)
{
    const QByteArray hash
        = QCryptographicHash::hash(profile.keychainId().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/state/"_s
        + QString::fromLatin1(hash) + u"-catalog.sqlite"_s;
}

Error CatalogStockJournal::sqlError(const QString &what, const QString &detail) const
{
    return Error(
        ErrorCode::Database,
        u"The catalog upload journal %1 could not be %2: %3."_s.arg(QDir::toNativeSeparators(m_path), what, detail),
        u"Check that the file and its directory are writable; delete the file to start over (it only "
        u"holds the position of an interrupted run)."_s);
}

Result<std::unique_ptr<CatalogStockJournal>> CatalogStockJournal::open(const QString &path)
{
    std::unique_ptr<CatalogStockJournal> j(new CatalogStockJournal(QFileInfo(path).absoluteFilePath()));
    if (!QDir().mkpath(QFileInfo(j->m_path).absolutePath()))
        return j->sqlError(u"created"_s, u"the directory cannot be created"_s);
    tuneSqliteOnce();
    j->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, j->m_connection);
    j->m_db.setDatabaseName(j->m_path);
    j->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!j->m_db.open())
        return j->sqlError(u"opened"_s, j->m_db.lastError().text());
    if (Status st = j->migrate(); !st)
        return st.error();
    return j;
}

Status CatalogStockJournal::migrate()
{
    QSqlQuery q(m_db);
    const QStringList ddl {
        u"CREATE TABLE IF NOT EXISTS catalog_schema (version INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS catalog_stock_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS catalog_stock_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT "
        u"NULL, finished_at TEXT, outcome TEXT NOT NULL DEFAULT 'running', resumed_after INTEGER NOT NULL DEFAULT 0, "
        u"summary TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS catalog_stock_items (run_id INTEGER NOT NULL, kind TEXT NOT NULL, offer_id TEXT "
        u"NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX IF NOT EXISTS catalog_stock_items_run ON catalog_stock_items (run_id)"_s,
    };
    for (const QString &sql : ddl)
        if (!q.exec(sql))
            return sqlError(u"prepared"_s, q.lastError().text());
    if (!q.exec(u"SELECT MAX(version) FROM catalog_schema"_s) || !q.next())
        return sqlError(u"read"_s, q.lastError().text());
    const int version = q.value(0).isNull() ? 0 : q.value(0).toInt();
    if (version > SchemaVersion)
        return Error(
            ErrorCode::Config,
            u"The catalog upload journal %1 was written by a newer RetailDesk (schema %2, this one knows %3)."_s
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(SchemaVersion),
            u"Use the newer RetailDesk, or delete the file to start over."_s);
    if (version < SchemaVersion) {
        if (!q.exec(u"DELETE FROM catalog_schema"_s)
            || !q.prepare(u"INSERT INTO catalog_schema (version) VALUES (?)"_s))
            return sqlError(u"prepared"_s, q.lastError().text());
        q.addBindValue(SchemaVersion);
        if (!q.exec())
            return sqlError(u"prepared"_s, q.lastError().text());
    }
    // Runs a killed process left running are interrupted.
    if (!q.exec(u"UPDATE catalog_stock_runs SET outcome = 'interrupted' WHERE outcome = 'running'"_s))
        return sqlError(u"updated"_s, q.lastError().text());
    return {};
}

Result<std::optional<int>> CatalogStockJournal::position()
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT value FROM catalog_stock_state WHERE name = ?"_s))
        return sqlError(u"read"_s, q.lastError().text());
    q.addBindValue(u"stock.position"_s);
    if (!q.exec())
        return sqlError(u"read"_s, q.lastError().text());
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
}

Status CatalogStockJournal::setPosition(int productId)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO catalog_stock_state (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET "
                   u"value = excluded.value"_s))
        return sqlError(u"updated"_s, q.lastError().text());
    q.addBindValue(u"stock.position"_s);
    q.addBindValue(productId);
    if (!q.exec())
        return sqlError(u"updated"_s, q.lastError().text());
    return {};
}

Status CatalogStockJournal::clearPosition()
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"DELETE FROM catalog_stock_state WHERE name = ?"_s))
        return sqlError(u"updated"_s, q.lastError().text());
    q.addBindValue(u"stock.position"_s);
    if (!q.exec())
        return sqlError(u"updated"_s, q.lastError().text());
    return {};
}

Result<qint64> CatalogStockJournal::beginRun(int resumedAfter)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO catalog_stock_runs (started_at, resumed_after) VALUES (?, ?)"_s))
        return sqlError(u"updated"_s, q.lastError().text());
    q.addBindValue(now());
    q.addBindValue(resumedAfter);
    if (!q.exec())
        return sqlError(u"updated"_s, q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status CatalogStockJournal::finishRun(qint64 runId, const QString &outcome, const QJsonObject &summary)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"UPDATE catalog_stock_runs SET finished_at = ?, outcome = ?, summary = ? WHERE id = ?"_s))
        return sqlError(u"updated"_s, q.lastError().text());
    q.addBindValue(now());
    q.addBindValue(outcome);
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(u"updated"_s, q.lastError().text());
    return {};
}

Status CatalogStockJournal::recordItems(qint64 runId, const QList<StockItemOutcome> &items)
{
    if (items.isEmpty())
        return {};
    if (!m_db.transaction())
        return sqlError(u"updated"_s, m_db.lastError().text());
    QSqlQuery q(m_db);
    if (!q.prepare(
            u"INSERT INTO catalog_stock_items (run_id, kind, offer_id, outcome, reason) VALUES (?, ?, ?, ?, ?)"_s)) {
        m_db.rollback();
        return sqlError(u"updated"_s, q.lastError().text());
    }
    for (const StockItemOutcome &i : items) {
        q.addBindValue(runId);
        q.addBindValue(i.kind);
        q.addBindValue(i.offerId);
        q.addBindValue(i.outcome);
        q.addBindValue(i.reason);
        if (!q.exec()) {
            const QString e = q.lastError().text();
            m_db.rollback();
            return sqlError(u"updated"_s, e);
        }
    }
    if (!m_db.commit())
        return sqlError(u"updated"_s, m_db.lastError().text());
    return {};
}

Result<QList<StockItemOutcome>> CatalogStockJournal::items(qint64 runId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(
            u"SELECT kind, offer_id, outcome, reason FROM catalog_stock_items WHERE run_id = ? ORDER BY rowid"_s))
        return sqlError(u"read"_s, q.lastError().text());
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(u"read"_s, q.lastError().text());
    QList<StockItemOutcome> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    return out;
}

Result<QJsonObject> CatalogStockJournal::runSummary(qint64 runId)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT summary FROM catalog_stock_runs WHERE id = ?"_s))
        return sqlError(u"read"_s, q.lastError().text());
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(u"read"_s, q.lastError().text());
    if (!q.next() || q.value(0).isNull())
        return QJsonObject();
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace rd
