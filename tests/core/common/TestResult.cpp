#include "common/Result.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        rd::Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        rd::Result<int> bad(rd::Error(rd::ErrorCode::Auth, u"Wrong key"_s, u"Get a key in Settings"_s));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, rd::ErrorCode::Auth);
        QCOMPARE(bad.valueOr(7), 7);
        QVERIFY(bad.error().toString().contains(u"Get a key"_s));

        rd::Status done;
        QVERIFY(done.ok());
        rd::Status failed(rd::Error(rd::ErrorCode::Config, u"x"_s));
        QVERIFY(!failed.ok());
    }

    void exitCodes_data()
    {
        QTest::addColumn<rd::ErrorCode>("code");
        QTest::addColumn<int>("exit");
        QTest::newRow("usage") << rd::ErrorCode::Usage << 2;
        QTest::newRow("config") << rd::ErrorCode::Config << 2;
        QTest::newRow("auth") << rd::ErrorCode::Auth << 3;
        QTest::newRow("secret") << rd::ErrorCode::MissingSecret << 3;
        QTest::newRow("network") << rd::ErrorCode::Network << 3;
        QTest::newRow("partial") << rd::ErrorCode::PartialUpload << 1;
        QTest::newRow("cancel") << rd::ErrorCode::Cancelled << 130;
    }
    void exitCodes()
    {
        QFETCH(rd::ErrorCode, code);
        QFETCH(int, exit);
        QCOMPARE(rd::exitCodeFor(code), exit);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
