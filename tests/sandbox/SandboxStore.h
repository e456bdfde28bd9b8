#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>

namespace rd::sandbox {

// Where-clause pieces with their bound values; table and column names come from code, never from input.
struct SqlFilter
{
    QStringList clauses; // each with '?' placeholders, joined with AND
    QVariantList binds;

    void add(const QString &clause, const QVariantList &values = {})
    {
        clauses.append(clause);
        binds.append(values);
    }
    // column IN (?, ?, ...) for a non-empty list; an empty list matches nothing.
    void addIn(const QString &column, const QStringList &values);
};

// The sandbox's SQLite database: references, customers, orders, history, products and offers.
// Entities are kept as their JSON text plus the columns the filters need.
class SandboxStore final
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // ":memory:" or a file (created when missing).
    Status open(const QString &path);
    // demo | samples | none: upserts the site and the reference lists; never touches entities.
    Status seed(const QString &kind, const QString &siteCode, const QString &samplesDir = {});

    // Reference lists: kind is site, deliveryType, paymentType, status, statusGroup, paymentStatus,
    // orderType, orderMethod, store, priceType.
    QList<QJsonObject> references(const QString &kind) const;
    std::optional<QJsonObject> reference(const QString &kind, const QString &code) const;
    Status putReference(const QString &kind, const QString &code, int ordering, const QJsonObject &object);

    Result<qint64> insert(const QString &table, const QVariantMap &columns);
    Status update(const QString &table, qint64 id, const QVariantMap &columns);
    std::optional<QJsonObject> findJson(const QString &table, const QString &column, const QVariant &value) const;
    QList<QJsonObject> selectJson(const QString &table, const SqlFilter &filter, int limit, int offset,
                                  qint64 *totalCount, const QString &orderBy = QStringLiteral("id")) const;
    Status exec(const QString &sql, const QVariantList &binds = {});
    // History rows in id order: the entry JSON with "id" set, and the hash of the key that made it.
    QList<std::pair<QJsonObject, QByteArray>> selectHistory(const SqlFilter &filter, int limit, int offset,
                                                            qint64 *totalCount) const;

    bool transaction();
    bool commit();
    void rollback();

    // Deletes customers, orders, history (and products/offers when `catalogToo`), restarting the ids.
    Status wipe(bool catalogToo);

private:
    Status createSchema();
    Status seedDemo(const QString &siteCode);
    Status seedSamples(const QString &samplesDir);

    // Statements prepared once and reused (SQL text -> query); the texts come from code only.
    QSqlQuery &prepared(const QString &sql) const;

    QString m_connection;
    mutable QHash<QString, QSqlQuery> m_queries;
    // kind -> code -> object; reference lookups are on every order's path, so they are kept in memory.
    mutable QHash<QString, QHash<QString, QJsonObject>> m_refCache;
    mutable bool m_refCacheValid = false;
};

} // namespace rd::sandbox
