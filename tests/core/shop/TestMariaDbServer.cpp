#include "MariaDbServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMariaDbServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startQueryStop();
};

void TestMariaDbServer::startQueryStop()
{
    QString socketPath;
    {
        rd::test::MariaDbServer server;
        QElapsedTimer timer;
        timer.start();
        const rd::Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        qInfo("MariaDB started in %lld ms", timer.elapsed());
        QVERIFY(server.isRunning());
        QVERIFY(server.port() > 0);
        QVERIFY(server.socket().size() < 107);
        socketPath = server.socket();
        QVERIFY(QFileInfo::exists(socketPath));

        // The app user reaches its database over TCP and stores 4-byte UTF-8.
        for (const QString &driver : { u"QMYSQL"_s, u"QMARIADB"_s }) {
            auto db = server.openConnection({}, {}, {}, driver);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
            QSqlQuery q(*db);
            QVERIFY2(q.exec(u"CREATE TABLE IF NOT EXISTS t (v VARCHAR(20))"_s), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(u"INSERT INTO t VALUES (?)"_s));
            q.addBindValue(u"Привет 🛒"_s);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"SELECT v FROM t"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"Привет 🛒"_s);
            q = QSqlQuery();
            QVERIFY(db->isOpen());
            rd::test::MariaDbServer::closeConnection(*db);
            QVERIFY(server.exec(u"DROP TABLE t"_s, server.database()).ok());
        }

        // Root can create databases and users; a user without grants is refused.
        QVERIFY(server.createDatabase(u"case1"_s).ok());
        QVERIFY(server.openConnection(u"case1"_s).ok());
        QVERIFY(server.createUser(u"nobody"_s, u"pw"_s).ok());
        auto refused = server.openConnection(u"case1"_s, u"nobody"_s, u"pw"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"1044"_s) || refused.error().message.contains(u"denied"_s),
                 qPrintable(refused.error().message));
        // A bad statement reports the client's error.
        const rd::Status bad = server.exec(u"SELEKT 1"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"SQL syntax"_s));

        auto root = server.openRootConnection();
        QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().toString()));
        rd::test::MariaDbServer::closeConnection(*root);

        server.stop();
        QVERIFY(!server.isRunning());
        server.stop(); // twice is fine
    }
    QVERIFY(!QFileInfo::exists(socketPath));
}

QTEST_GUILESS_MAIN(TestMariaDbServer)
#include "TestMariaDbServer.moc"
