#pragma once

// Small helpers shared by the schema and demo-shop tests (header-only, test code).

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace rd::test {

inline QSqlDatabase openSqlite(const QString &path = QStringLiteral(":memory:"))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::Id128));
    db.setDatabaseName(path);
    db.open();
    return db;
}

inline void closeSqlite(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

inline QStringList columnNames(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision); // decimals as exact text on MySQL too
    if (!query.prepare(sql)) {
        qWarning("prepare failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return {};
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (!query.exec() || !query.next()) {
        qWarning("query failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(sql));
        return {};
    }
    return query.value(0);
}

inline qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    const QVariant v = scalar(db, sql, values);
    return v.isValid() ? v.toLongLong() : -1;
}

// Kopecks of a decimal text such as "1234.50" (exact, no floating point); -1 when malformed.
inline qint64 kopecks(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    bool ok1 = false, ok2 = true;
    const qint64 whole = (dot < 0 ? text : text.left(dot)).toLongLong(&ok1);
    qint64 frac = 0;
    if (dot >= 0) {
        QString f = text.mid(dot + 1);
        if (f.size() > 2) {
            if (f.mid(2).toLongLong() != 0)
                return -1;
            f = f.left(2);
        }
        while (f.size() < 2)
            f += QLatin1Char('0');
        frac = f.toLongLong(&ok2);
    }
    return ok1 && ok2 ? whole * 100 + frac : -1;
}

// SHA-256 over every row of every table (sorted by name), rows in a stable order, values with their
// SQLite storage type; equal hashes ⇔ equal content.
inline QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables = db.tables(QSql::Tables);
    tables.removeAll(QStringLiteral("sqlite_sequence"));
    tables.sort();
    for (const QString &table : tables) {
        const QStringList columns = columnNames(db, table);
        QStringList quoted;
        for (const QString &c : columns)
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT * FROM \"") + table + QStringLiteral("\" ORDER BY ") + quoted.join(u','));
        hash.addData(table.toUtf8());
        while (query.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = query.value(i);
                hash.addData(v.isNull() ? QByteArray("\x01N") : QByteArray("\x01") + v.toString().toUtf8());
            }
            hash.addData(QByteArray("\x02"));
        }
    }
    return hash.result();
}

} // namespace rd::test
