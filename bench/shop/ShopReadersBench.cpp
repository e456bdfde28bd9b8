// Shop readers against the mariadb client on a big shop (not a ctest test).
//
//   bench_shop_readers [--orders N] [--page-size N] [--repeat N]
//
// Starts a private MariaDB, creates a miniShop2 4.4 shop with N orders (default 1,000,000), 2–3 items
// and one address each (INSERT ... SELECT over the Sequence engine), then times, in one run:
//   1. ShopOrderReader (items + addresses) reading every order, in pages;
//   2. `mariadb --quick` running the same SELECTs (same rows and columns) into /dev/null;
//   3. the same page queries through bare QSqlQuery (the Qt driver's floor, nothing converted);
// in --repeat rounds, and prints the best and median times, the ratio reader/client (goal ≤ 1.5×) and the
// reader's peak RSS growth (goal ≤ 64 MiB).
#include "../BenchProcess.h"
#include "MariaDbServer.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"
#include "shop/ShopSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using rd::bench::cpuSeconds;
using rd::bench::procStatusKb;
using rd::bench::resetPeak;

namespace {
// Resets VmHWM to the current RSS (Linux: "5" > /proc/self/clear_refs).
void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString fillSql(qint64 orders)
{
    const QString n = QString::number(orders);
    // Users and profiles (one per 10 orders), orders, 2-3 items per order (interleaved by order, as a shop
    // writes them), one address per order (4.x: address.order_id).
    return uR"SQL(
SET SESSION unique_checks = 0;
SET SESSION foreign_key_checks = 0;
INSERT INTO modx_users (id, username, createdon)
  SELECT seq, CONCAT('user', seq, '@example.com'), 1600000000 + seq FROM seq_1_to_%2;
INSERT INTO modx_user_attributes (internalKey, fullname, email, phone, address, comment)
  SELECT seq, CONCAT('Покупатель Номер ', seq), CONCAT('user', seq, '@example.com'), CONCAT('+7900', LPAD(seq, 7, '0')), '', ''
  FROM seq_1_to_%2;
INSERT INTO modx_ms2_orders (id, user_id, session_id, createdon, updatedon, num, cost, cart_cost, delivery_cost, weight,
                             status, delivery, payment, context, order_comment, properties, type)
  SELECT seq, 1 + seq % %2, MD5(seq), TIMESTAMPADD(MINUTE, seq, '2021-01-01 00:00:00'), NULL,
         CONCAT(DATE_FORMAT(TIMESTAMPADD(MINUTE, seq, '2021-01-01'), '%y%m'), '/', seq),
         1200.50 + (seq % 1000), 1000.50 + (seq % 1000), 200.00, 1.250 + (seq % 7) / 1000,
         1 + seq % 4, 1, 1, 'web', IF(seq % 5 = 0, 'Позвонить заранее', NULL), '{"source":"bench"}', 0
  FROM seq_1_to_%1;
INSERT INTO modx_ms2_order_products (order_id, product_id, name, count, price, weight, cost, options, properties)
  SELECT o.seq, 100 + (o.seq * 7 + i.seq) % 5000, CONCAT('Товар ', i.seq, ' заказа ', o.seq), i.seq,
         499.90 + i.seq, 0.250 * i.seq, (499.90 + i.seq) * i.seq,
         IF(i.seq = 1, '{"size":"L","color":["red","blue"]}', IF(i.seq = 2, '[]', '{"modification":"12"}')), NULL
  FROM seq_1_to_%1 o JOIN seq_1_to_3 i ON i.seq <= 2 + o.seq % 2
  ORDER BY o.seq, i.seq;
INSERT INTO modx_ms2_order_addresses (order_id, user_id, createdon, receiver, phone, email, country, `index`, region,
                                      city, metro, street, building, entrance, floor, room, comment, text_address, properties)
  SELECT seq, 1 + seq % %2, TIMESTAMPADD(MINUTE, seq, '2021-01-01 00:00:00'), CONCAT('Получатель ', seq),
         '+79001234567', CONCAT('user', seq, '@example.com'), 'Россия', '101000', 'Московская обл.', 'Москва',
         IF(seq % 3 = 0, 'Тверская', NULL), 'ул. Тверская', CAST(seq % 100 AS CHAR), '2', '3', CAST(seq % 300 AS CHAR),
         IF(seq % 4 = 0, 'Код домофона 12', ''), '', NULL
  FROM seq_1_to_%1;
ANALYZE TABLE modx_ms2_orders, modx_ms2_order_products, modx_ms2_order_addresses;
)SQL"_s.arg(n, QString::number(qMax<qint64>(1, orders / 10)));
}

// The reader's SELECTs, whole-table: same columns, same casts, same order.
QString clientSql()
{
    return uR"SQL(
SELECT o.`id`, o.`user_id`, o.`session_id`, CAST(o.`createdon` AS CHAR), CAST(o.`updatedon` AS CHAR), o.`num`,
       CAST(o.`cost` AS CHAR),
       CAST(o.`cart_cost` AS CHAR), CAST(o.`delivery_cost` AS CHAR), CAST(o.`weight` AS CHAR), o.`status`, o.`delivery`,
       o.`payment`, NULL, o.`context`, o.`order_comment`, o.`properties`, o.`type`
  FROM `modx_ms2_orders` o ORDER BY o.`id`;
SELECT i.`id`, i.`order_id`, i.`product_id`, i.`name`, i.`count`, CAST(i.`price` AS CHAR), CAST(i.`weight` AS CHAR),
       CAST(i.`cost` AS CHAR), i.`options`, i.`properties`
  FROM `modx_ms2_order_products` i ORDER BY i.`id`;
SELECT a.`id`, a.`order_id`, a.`user_id`, CAST(a.`createdon` AS CHAR), CAST(a.`updatedon` AS CHAR), a.`receiver`, a.`phone`, a.`email`, a.`country`,
       a.`index`, a.`region`, a.`city`, a.`metro`, a.`street`, a.`building`, a.`entrance`, a.`floor`, a.`room`,
       a.`comment`, a.`text_address`, a.`properties`
  FROM `modx_ms2_order_addresses` a ORDER BY a.`id`;
)SQL"_s;
}

// The Qt driver's floor: the same page queries (orders by id range, then their items and addresses by
// order_id range) through QSqlQuery, touching every value and converting nothing.
double qtFloor(QSqlDatabase db, int pageSize, qint64 *values)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery orders(db), items(db), addresses(db);
    for (QSqlQuery *q : { &orders, &items, &addresses })
        q->setForwardOnly(true);
    orders.prepare(
        u"SELECT o.`id`, o.`user_id`, o.`session_id`, CAST(o.`createdon` AS CHAR), CAST(o.`updatedon` AS CHAR), "
        "o.`num`, CAST(o.`cost` AS CHAR), CAST(o.`cart_cost` AS CHAR), CAST(o.`delivery_cost` AS CHAR), "
        "CAST(o.`weight` AS CHAR), o.`status`, o.`delivery`, o.`payment`, NULL, o.`context`, "
        "o.`order_comment`, o.`properties`, o.`type` FROM `modx_ms2_orders` o WHERE 1 = 1 AND o.`id` > ? "
        "ORDER BY o.`id` LIMIT "_s
        + QString::number(pageSize));
    items.prepare(u"SELECT i.`id`, i.`order_id`, i.`product_id`, i.`name`, i.`count`, CAST(i.`price` AS CHAR), "
                  "CAST(i.`weight` AS CHAR), CAST(i.`cost` AS CHAR), i.`options`, i.`properties` FROM "
                  "`modx_ms2_order_products` i WHERE i.`order_id` > ? AND i.`order_id` <= ?"_s);
    addresses.prepare(
        u"SELECT a.`id`, a.`order_id`, a.`user_id`, CAST(a.`createdon` AS CHAR), CAST(a.`updatedon` AS CHAR), "
        "a.`receiver`, a.`phone`, a.`email`, a.`country`, a.`index`, a.`region`, a.`city`, a.`metro`, "
        "a.`street`, a.`building`, a.`entrance`, a.`floor`, a.`room`, a.`comment`, a.`text_address`, "
        "a.`properties` FROM `modx_ms2_order_addresses` a WHERE a.`order_id` > ? AND a.`order_id` <= ?"_s);
    int last = 0;
    qint64 n = 0;
    for (;;) {
        orders.bindValue(0, last);
        orders.exec();
        int rows = 0;
        int first = last;
        while (orders.next()) {
            for (int i = 0; i < 18; ++i)
                n += orders.value(i).isNull() ? 0 : 1;
            last = orders.value(0).toInt();
            ++rows;
        }
        if (rows == 0)
            break;
        for (QSqlQuery *q : { &items, &addresses }) {
            q->bindValue(0, first);
            q->bindValue(1, last);
            q->exec();
            const int columns = q == &items ? 10 : 21;
            while (q->next())
                for (int i = 0; i < columns; ++i)
                    n += q->value(i).isNull() ? 0 : 1;
        }
        if (rows < pageSize)
            break;
    }
    *values = n;
    return t.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shop readers vs the mariadb client on a big miniShop2 shop."_s);
    parser.addHelpOption();
    const QCommandLineOption ordersOpt(u"orders"_s, u"Orders to create (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption pageOpt(u"page-size"_s, u"Reader page size (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption repeatOpt(u"repeat"_s, u"Rounds to run (default 3)."_s, u"N"_s, u"3"_s);
    parser.addOption(ordersOpt);
    parser.addOption(repeatOpt);
    parser.addOption(pageOpt);
    parser.process(app);
    const qint64 orders = parser.value(ordersOpt).toLongLong();
    const int pageSize = parser.value(pageOpt).toInt();
    const int repeat = parser.value(repeatOpt).toInt();
    if (orders < 1 || pageSize < 1 || repeat < 1) {
        std::fprintf(stderr, "--orders, --page-size and --repeat must be positive\n");
        return 2;
    }

    rd::test::MariaDbServer server;
    server.setExtraServerArgs(
        { u"--innodb-buffer-pool-size=2G"_s, u"--innodb-log-file-size=512M"_s, u"--max-allowed-packet=64M"_s });
    QElapsedTimer timer;
    timer.start();
    if (rd::Status st = server.start(); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    say(u"MariaDB started in %1 ms (port %2)"_s.arg(timer.restart()).arg(server.port()));

    {
        auto conn = server.openConnection();
        if (!conn) {
            std::fprintf(stderr, "%s\n", qPrintable(conn.error().toString()));
            return 1;
        }
        const rd::Status created = rd::createShopSchema(*conn, rd::MiniShopGeneration::V4_4, u"modx_"_s, {});
        rd::test::MariaDbServer::closeConnection(*conn);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
            return 1;
        }
    }
    if (rd::Status st = server.exec(fillSql(orders), server.database()); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    say(u"filled %1 orders (+ items, addresses, %2 customers) in %3 s"_s.arg(orders)
            .arg(qMax<qint64>(1, orders / 10))
            .arg(timer.restart() / 1000.0, 0, 'f', 1));

    rd::ShopSettings settings;
    settings.driver = rd::ShopSettings::Driver::MySql;
    settings.host = server.host();
    settings.port = server.port();
    settings.database = server.database();
    settings.user = server.user();
    settings.prefix = u"modx_"_s;
    rd::ShopDatabase db(settings, server.password());
    auto info = db.detect();
    if (!info) {
        std::fprintf(stderr, "%s\n", qPrintable(info.error().toString()));
        return 1;
    }

    // Warm the buffer pool once with the client so both runs read from memory.
    const QStringList clientArgs { u"--no-defaults"_s, u"--protocol=TCP"_s,
                                   u"-h127.0.0.1"_s,   u"-P"_s + QString::number(server.port()),
                                   u"-uroot"_s,        u"--default-character-set=utf8mb4"_s,
                                   u"--quick"_s,       u"--batch"_s,
                                   server.database(),  u"-e"_s,
                                   clientSql() };
    const auto runClient = [&]() -> double {
        QProcess client;
        client.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        client.start(rd::test::MariaDbServer::clientProgram(), clientArgs);
        if (!client.waitForFinished(-1) || client.exitCode() != 0) {
            std::fprintf(stderr, "mariadb client failed: %s\n", client.readAllStandardError().constData());
            return -1;
        }
        return t.elapsed() / 1000.0;
    };
    if (runClient() < 0)
        return 1;

    // Each round: the readers, the Qt floor, the client (alternating, so that load on a shared machine
    // hits all three alike). The figures are the best round of each (and the median, printed too).
    struct Counts
    {
        qint64 orders = 0, items = 0, addresses = 0;
        rd::Decimal total;
    } counts;
    QList<double> readerTimes, floorTimes, clientTimes;
    const qint64 rssBefore = procStatusKb("VmRSS");
    const bool peakReset = resetPeak();
    for (int round = 0; round < repeat; ++round) {
        rd::ShopReadFilter filter;
        filter.pageSize = pageSize;
        rd::ShopOrderReader reader(db, filter, rd::ShopOrderReader::Items | rd::ShopOrderReader::Address);
        Counts c;
        QElapsedTimer t;
        t.start();
        while (!reader.atEnd()) {
            auto page = reader.nextPage();
            if (!page) {
                std::fprintf(stderr, "%s\n", qPrintable(page.error().toString()));
                return 1;
            }
            for (const rd::ShopOrder &o : *page) {
                ++c.orders;
                c.items += o.items.size();
                c.addresses += o.address ? 1 : 0;
                c.total += o.cost;
            }
        }
        readerTimes << t.elapsed() / 1000.0;
        counts = c;
        qint64 touched = 0;
        floorTimes << qtFloor(*db.connection(), pageSize, &touched);
        const double client = runClient();
        if (client < 0)
            return 1;
        clientTimes << client;
        say(u"round %1: reader %2 s, QSqlQuery floor %3 s, client %4 s"_s.arg(round + 1)
                .arg(readerTimes.last(), 0, 'f', 2)
                .arg(floorTimes.last(), 0, 'f', 2)
                .arg(clientTimes.last(), 0, 'f', 2));
    }
    const qint64 peak = procStatusKb("VmHWM");
    const qint64 rssAfter = procStatusKb("VmRSS");
    const auto best = [](QList<double> v) { return *std::min_element(v.begin(), v.end()); };
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };

    const double growthMiB = (peak - rssBefore) / 1024.0;
    const double ratio = best(readerTimes) / best(clientTimes);
    say(u"read %1 orders, %2 items, %3 addresses (sum of cost %4)"_s.arg(counts.orders)
            .arg(counts.items)
            .arg(counts.addresses)
            .arg(counts.total.toString()));
    say(u"ShopOrderReader (items+address, page %1): best %2 s, median %3 s"_s.arg(pageSize)
            .arg(best(readerTimes), 0, 'f', 2)
            .arg(median(readerTimes), 0, 'f', 2));
    say(u"QSqlQuery floor (same pages, values touched, nothing converted): best %1 s, median %2 s"_s
            .arg(best(floorTimes), 0, 'f', 2)
            .arg(median(floorTimes), 0, 'f', 2));
    say(u"mariadb --quick, same SELECTs > /dev/null: best %1 s, median %2 s"_s.arg(best(clientTimes), 0, 'f', 2)
            .arg(median(clientTimes), 0, 'f', 2));
    say(u"ratio reader/client: %1x best, %2x median (goal <= 1.5x)"_s.arg(ratio, 0, 'f', 2)
            .arg(median(readerTimes) / median(clientTimes), 0, 'f', 2));
    say(u"RSS before %1 MiB, peak during the rounds %2 MiB, after %3 MiB: peak growth %4 MiB (goal <= 64 MiB)%5"_s
            .arg(rssBefore / 1024.0, 0, 'f', 1)
            .arg(peak / 1024.0, 0, 'f', 1)
            .arg(rssAfter / 1024.0, 0, 'f', 1)
            .arg(growthMiB, 0, 'f', 1)
            .arg(peakReset ? QString() : u" (peak not reset: VmHWM is the process peak)"_s));
    const bool ok = counts.orders == orders && ratio <= 1.5 && growthMiB <= 64;
    say(ok ? u"PASS"_s : u"GOAL MISSED"_s);
    db.closeConnection();
    server.stop();
    return 0;
}
