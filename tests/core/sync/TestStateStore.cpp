// StateStore: schema versions, journal upserts, runs, watermarks, pending retries, own log rows,
// per-thread connections and the job lock, on a real SQLite file.
#include "sync/StateStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

class TestStateStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath() { return m_dir.filePath(u"state-%1/s.sqlite"_s.arg(++m_serial)); }

    std::shared_ptr<StateStore> openStore(const QString &path)
    {
        auto s = StateStore::open(path);
        if (!s)
            qWarning() << s.error().toString();
        return s ? *s : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void createsSchemaAndKeepsData()
    {
        const QString path = freshPath();
        {
            auto s = openStore(path);
            QVERIFY(s);
            QCOMPARE(*s->schemaVersion(), StateStore::currentSchemaVersion);
            QVERIFY(s->setWatermark(u"x"_s, 42).ok());
            auto conn = s->connection();
            QVERIFY(conn.ok());
            QSqlQuery q(*conn);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        auto again = openStore(path);
        QVERIFY(again);
        QCOMPARE(*again->schemaVersion(), StateStore::currentSchemaVersion);
        QCOMPARE(again->watermark(u"x"_s)->value_or(-1), 42);
        // Migrating twice changes nothing.
        QVERIFY(again->migrate().ok());
        auto conn = again->connection();
        QSqlQuery q(*conn);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_version"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), StateStore::currentSchemaVersion);
    }

    void concurrentOpensCreateTheSchemaOnce()
    {
        // The GUI and the CLI may open a new state file at the same moment.
        const QString path = freshPath();
        QList<QThread *> threads;
        std::atomic<int> ok { 0 };
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&] {
                StateStore store(path);
                QDir().mkpath(QFileInfo(path).absolutePath());
                if (store.migrate().ok() && store.schemaVersion().valueOr(-1) == StateStore::currentSchemaVersion)
                    ++ok;
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(20000));
            delete t;
        }
        QCOMPARE(ok.load(), 4);
        auto s = openStore(path);
        auto conn = s->connection();
        QSqlQuery q(*conn);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_version"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), StateStore::currentSchemaVersion);
    }

    void refusesNewerSchema()
    {
        const QString path = freshPath();
        {
            auto s = openStore(path);
            QVERIFY(s);
            auto conn = s->connection();
            QSqlQuery q(*conn);
            QVERIFY(q.exec(u"INSERT INTO schema_version (version, applied_at) VALUES (99, 'x')"_s));
        }
        auto s = StateStore::open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Config);
        QVERIFY(s.error().message.contains(u"newer"_s));
    }

    void unwritableDirectoryFails()
    {
        auto s = StateStore::open(u"/proc/retaildesk-no/state.sqlite"_s);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().hint.isEmpty());
    }

    void journalUpserts()
    {
        auto s = openStore(freshPath());
        QVERIFY(s);
        {
            const Status st
                = s->record(EntityKind::Order, { { 9, u"A-9"_s, JournalState::Sent, QString(), 0, true } }, 1);
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
            QVERIFY(s->forget(EntityKind::Order, { 9 }).ok());
        }
        QVERIFY(s->record(EntityKind::Order,
                          { { 1, u"A-1"_s, JournalState::Failed, u"Status \"x\" not found."_s, 0, true },
                            { 2, u"A-2"_s, JournalState::Sent, QString(), 502, true },
                            { 3, u"A-3"_s, JournalState::Skipped, u"draft order (status 999)"_s, 0, false } },
                          7)
                    .ok());
        // Same ids again: state replaced, attempts added, CRM id kept when the new entry has none.
        QVERIFY(s->record(EntityKind::Order,
                          { { 1, u"A-1"_s, JournalState::Sent, QString(), 501, true },
                            { 2, u"A-2"_s, JournalState::Sent, u"found"_s, 0, true } },
                          8)
                    .ok());
        // Another kind does not collide.
        QVERIFY(s->record(EntityKind::Customer, { { 1, u"1"_s, JournalState::Sent, QString(), 9, true } }, 8).ok());

        auto rows = s->lookup(EntityKind::Order, { 1, 2, 3, 4 });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->value(1).state, JournalState::Sent);
        QCOMPARE(rows->value(1).crmId, 501);
        QCOMPARE(rows->value(1).attempts, 2);
        QCOMPARE(rows->value(1).runId, 8);
        QCOMPARE(rows->value(2).crmId, 502);
        QCOMPARE(rows->value(2).attempts, 2);
        QCOMPARE(rows->value(2).reason, u"found"_s);
        QCOMPARE(rows->value(3).state, JournalState::Skipped);
        QCOMPARE(rows->value(3).attempts, 0);
        QCOMPARE(rows->value(3).runId, 7);
        QVERIFY(rows->value(3).updatedAt.isValid());
        QCOMPARE(rows->value(3).updatedAt.timeSpec(), Qt::TimeZone);

        QCOMPARE(*s->idsInStates(EntityKind::Order, { JournalState::Sent }), (QList<int> { 1, 2 }));
        QCOMPARE(*s->idsInStates(EntityKind::Order, { JournalState::Skipped, JournalState::Failed }),
                 (QList<int> { 3 }));
        QCOMPARE(*s->count(EntityKind::Order), 3);
        QCOMPARE(*s->count(EntityKind::Customer, JournalState::Sent), 1);
        QCOMPARE(s->records(EntityKind::Order, std::nullopt, 8)->size(), 2);
        QCOMPARE(s->records(EntityKind::Order, JournalState::Skipped)->first().externalId, u"A-3"_s);
        QVERIFY(!s->find(EntityKind::Order, 99)->has_value());
        QCOMPARE(s->find(EntityKind::Customer, 1)->value().crmId, 9);

        QVERIFY(s->forget(EntityKind::Order, { 2 }).ok());
        QCOMPARE(*s->count(EntityKind::Order), 2);
        QVERIFY(s->forget(EntityKind::Order).ok());
        QCOMPARE(*s->count(EntityKind::Order), 0);
        QCOMPARE(*s->count(EntityKind::Customer), 1);
    }

    void largeLookupsAreChunked()
    {
        auto s = openStore(freshPath());
        QVERIFY(s);
        QList<JournalEntry> entries;
        QList<int> ids;
        for (int i = 1; i <= 2345; ++i) {
            entries.append({ i, QString::number(i), JournalState::Sent, QString(), i * 10, true });
            ids.append(i);
        }
        QVERIFY(s->record(EntityKind::Order, entries, 1).ok());
        auto rows = s->lookup(EntityKind::Order, ids);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2345);
        QCOMPARE(rows->value(2345).crmId, 23450);
        QCOMPARE(s->idsInStates(EntityKind::Order, { JournalState::Sent }, 10)->size(), 10);
    }

    void runsAndInterruptedRuns()
    {
        auto s = openStore(freshPath());
        QVERIFY(s);
        auto first = s->beginRun(u"upload orders"_s);
        QVERIFY(first.ok());
        // The process "dies": the next run marks the first one interrupted.
        auto second = s->beginRun(u"upload orders"_s);
        QVERIFY(second.ok());
        QVERIFY(*second > *first);
        QCOMPARE(s->run(*first)->value().outcome, RunRecord::Outcome::Interrupted);
        RunRecord r;
        r.id = *second;
        r.outcome = RunRecord::Outcome::Finished;
        r.read = 10;
        r.sent = 7;
        r.skipped = 2;
        r.failed = 1;
        QVERIFY(s->finishRun(r).ok());
        auto runs = s->runs();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->first().id, *second);
        QCOMPARE(runs->first().outcome, RunRecord::Outcome::Finished);
        QCOMPARE(runs->first().sent, 7);
        QVERIFY(runs->first().finishedAt.isValid());
        QCOMPARE(runs->first().kind, u"upload orders"_s);
    }

    void watermarksPendingAndOwnRows()
    {
        auto s = openStore(freshPath());
        QVERIFY(s);
        QVERIFY(!s->watermark(QString::fromLatin1(StateStore::historySinceId))->has_value());
        QVERIFY(s->setWatermark(QString::fromLatin1(StateStore::historySinceId), 10).ok());
        QVERIFY(s->setWatermark(QString::fromLatin1(StateStore::historySinceId), 12).ok());
        QCOMPARE(s->watermark(QString::fromLatin1(StateStore::historySinceId))->value_or(0), 12);
        QVERIFY(s->clearWatermark(QString::fromLatin1(StateStore::historySinceId)).ok());
        QVERIFY(!s->watermark(QString::fromLatin1(StateStore::historySinceId))->has_value());

        const QString kind = QString::fromLatin1(StateStore::pendingStatusPush);
        QVERIFY(s->setPending(kind, u"5"_s, u"timeout"_s).ok());
        QVERIFY(s->setPending(kind, u"5"_s, u"server error"_s).ok());
        QVERIFY(s->setPending(kind, u"6"_s, u"x"_s).ok());
        auto pending = s->pending(kind);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);
        const auto five = std::find_if(pending->cbegin(), pending->cend(), [](const auto &p) { return p.key == u"5"; });
        QCOMPARE(five->attempts, 2);
        QCOMPARE(five->reason, u"server error"_s);
        QVERIFY(s->pending(QString::fromLatin1(StateStore::pendingHistoryApply))->isEmpty());
        QVERIFY(s->clearPending(kind, u"5"_s).ok());
        QCOMPARE(s->pending(kind)->size(), 1);

        QVERIFY(s->rememberOwnLogRow(100).ok());
        QVERIFY(s->rememberOwnLogRow(100).ok());
        QVERIFY(s->rememberOwnLogRow(105).ok());
        QCOMPARE(*s->ownLogRowsAmong({ 99, 100, 101, 105 }), (QSet<int> { 100, 105 }));
        QVERIFY(s->forgetOwnLogRowsUpTo(100).ok());
        QCOMPARE(*s->ownLogRowsAmong({ 100, 105 }), (QSet<int> { 105 }));
    }

    void connectionPerThread()
    {
        auto s = openStore(freshPath());
        QVERIFY(s);
        const QString mainName = s->connection()->connectionName();
        QString workerName;
        bool workerOk = false;
        QThread *worker = QThread::create([&] {
            auto conn = s->connection();
            workerName = conn ? conn->connectionName() : QString();
            workerOk
                = s->record(EntityKind::Customer, { { 5, u"5"_s, JournalState::Sent, QString(), 1, true } }, 1).ok();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(workerOk);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        // The worker's connection went away with its thread; its write is visible here.
        QVERIFY(!QSqlDatabase::contains(workerName));
        QVERIFY(QSqlDatabase::contains(mainName));
        QCOMPARE(*s->count(EntityKind::Customer), 1);
        s->closeConnection();
        QVERIFY(!QSqlDatabase::contains(mainName));
        QCOMPARE(*s->count(EntityKind::Customer), 1); // reopened on demand
    }

    void lockIsExclusive()
    {
        const QString path = freshPath();
        auto a = openStore(path);
        auto b = openStore(path);
        QVERIFY(a && b);
        QVERIFY(a->lock().ok());
        QVERIFY(a->isLocked());
        QVERIFY(a->lock().ok()); // again: already ours
        const Status other = b->lock();
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::Config);
        QVERIFY(other.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        a->unlock();
        QVERIFY(b->lock().ok());
        b->unlock();
    }

    void defaultPathIsPerProfile()
    {
        const QString a = StateStore::defaultPathFor(u"/home/x/a.conf"_s);
        const QString b = StateStore::defaultPathFor(u"/home/x/b.conf"_s);
        QVERIFY(a != b);
        QCOMPARE(a, StateStore::defaultPathFor(u"/home/x/a.conf"_s));
        QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/state/"_s));
        QVERIFY(QRegularExpression(u"/state/[0-9a-f]{16}\\.sqlite$"_s).match(a).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "TestStateStore.moc"
