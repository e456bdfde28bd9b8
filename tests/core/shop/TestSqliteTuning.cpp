// tuneSqliteOnce() really switches SQLite's memory statistics off in this process (the process-wide
// mutex every SQLite allocation took with them on): after it, SQLite counts no memory in use while a
// connection of the QSQLITE driver reads and writes. Run in a fresh process, so the tuning comes first.
#include "shop/SqliteTuning.h"

#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSqliteTuning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStatisticsOff();
};

void TestSqliteTuning::memoryStatisticsOff()
{
    QVERIFY2(rd::tuneSqliteOnce(),
             "the SQLite library of the QSQLITE driver was not found, or was already initialised");
    QVERIFY(rd::tuneSqliteOnce()); // again: nothing more to do, same answer

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tuning"_s);
        QVERIFY(db.isValid());
        db.setDatabaseName(dir.filePath(u"t.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT)"_s));
        QVERIFY(q.prepare(u"INSERT INTO t (s) VALUES (?)"_s));
        for (int i = 0; i < 200; ++i) {
            q.addBindValue(u"строка %1"_s.arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(u"SELECT count(*), max(s) FROM t"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 200);

        // With statistics on, sqlite3_memory_used() is the bytes SQLite holds (page cache, schema,
        // statements: far above zero here); with them off it stays 0.
        QLibrary sqlite(u"sqlite3"_s, 0);
        QVERIFY2(sqlite.load(), qPrintable(sqlite.errorString()));
        using MemoryUsed = qint64 (*)();
        const auto memoryUsed = reinterpret_cast<MemoryUsed>(sqlite.resolve("sqlite3_memory_used"));
        QVERIFY(memoryUsed);
        QCOMPARE(memoryUsed(), qint64(0));
    }
    QSqlDatabase::removeDatabase(u"tuning"_s);
}

QTEST_GUILESS_MAIN(TestSqliteTuning)
#include "TestSqliteTuning.moc"
