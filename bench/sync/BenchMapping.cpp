// bench_mapping — how fast core/mapping turns shop rows into CRM JSON.
//
//   bench_mapping [orders=200000] [customers=orders]
//
// Maps synthetic orders (3 items each, options, full 4.x address, the customer's profile, every code
// mapped, msOptionsPrice on) and customers, and prints rates. A pool of distinct rows is generated
// first and mapped round-robin so that memory stays small; generation is not timed. "map+json" also
// serialises each entity compactly, as the upload job does before sending. Build in Release or
// RelWithDebInfo for meaningful figures. Goal (issue): >= 10,000 orders/s (20x the 500 orders/s upload bound).

#include "mapping/CustomerMapper.h"
#include "mapping/OrderMapper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using rd::Decimal;

namespace {

constexpr int PoolSize = 4096;

rd::ShopCustomer makeCustomer(int i)
{
    rd::ShopCustomer c;
    c.id = 1000 + i;
    c.username = u"user"_s + QString::number(i) + u"@example.com"_s;
    c.fullname = (i % 3 == 0) ? u"Петров Иван Сергеевич"_s : u"Customer "_s + QString::number(i);
    c.email = c.username;
    c.phone = u"+7 900 "_s + QString::number(1000000 + i);
    c.mobilephone = (i % 2 == 0) ? u"+7900"_s + QString::number(1000000 + i) : c.phone;
    c.createdOnUnix = 1600000000 + i * 37;
    c.createdOn = QDateTime::fromSecsSinceEpoch(c.createdOnUnix);
    c.sudo = (i % 1000 == 0);
    return c;
}

rd::ShopOrder makeOrder(int i)
{
    rd::ShopOrder o;
    o.id = i + 1;
    o.userId = 1000 + i % 997;
    o.num = u"21%1/%2"_s.arg(i % 12 + 1, 2, 10, QLatin1Char('0')).arg(i + 1);
    o.createdOn = QDateTime::fromSecsSinceEpoch(1600000000 + i * 61); // local time, as the shop readers return it
    o.deliveryCost = Decimal::money(i % 4 == 0 ? u"0" : u"350.00");
    o.weight = Decimal(1250 + i % 500, Decimal::WeightScale);
    o.status = 1 + i % 4;
    o.statusName = u"Новый"_s;
    o.statusCode = u"new"_s;
    o.delivery = 2;
    o.deliveryName = u"Курьер"_s;
    o.deliveryCode = u"courier"_s;
    o.payment = 1;
    o.paymentName = u"Наличные"_s;
    o.paymentCode = u"cash"_s;
    o.managerComment = (i % 5 == 0) ? u"Позвонить перед доставкой"_s : QString();
    if (i % 7 == 0)
        o.promoDiscount = Decimal::money(u"150.50");

    rd::ShopAddress a;
    a.orderId = o.id;
    a.receiver = (i % 2 == 0) ? u"Сидорова Анна Петровна"_s : QString();
    a.phone = u"+7999"_s + QString::number(1000000 + i);
    a.email = u"buyer"_s + QString::number(i) + u"@example.com"_s;
    a.country = u"Россия"_s;
    a.index = u"101000"_s;
    a.region = u"Московская обл."_s;
    a.city = u"Москва"_s;
    a.street = u"ул. Тверская"_s;
    a.building = QString::number(1 + i % 120);
    a.room = QString::number(1 + i % 300);
    a.floor = QString::number(1 + i % 20);
    a.entrance = u"2"_s;
    a.comment = (i % 3 == 0) ? u"Домофон не работает"_s : QString();
    o.address = a;

    for (int k = 0; k < 3; ++k) {
        rd::ShopOrderItem item;
        item.id = i * 3 + k + 1;
        item.orderId = o.id;
        item.productId = 10 + (i + k) % 500;
        item.name = u"Товар №"_s + QString::number(item.productId);
        item.count = 1 + k;
        item.price = Decimal(123450 + i % 1000 * 100 + k, Decimal::MoneyScale);
        item.cost = item.price * item.count;
        QJsonObject options { { u"size"_s, u"XL"_s }, { u"color"_s, QJsonArray { u"red"_s, u"blue"_s } } };
        if (k != 1)
            options.insert(u"modification"_s, QString::number(100 + k));
        if (k == 2)
            options.insert(u"volume"_s, 0.5);
        item.options = options;
        o.items.append(item);
    }
    o.customer = makeCustomer(o.userId - 1000);
    return o;
}

// CPU time of this thread: unlike wall time, not inflated when other processes share the cores.
double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<typename Body> Timing timed(Body body)
{
    QElapsedTimer timer;
    const double cpu0 = threadCpuSeconds();
    timer.start();
    body();
    return Timing { static_cast<double>(timer.nsecsElapsed()) / 1e9, threadCpuSeconds() - cpu0 };
}

void report(const QString &what, qint64 total, const Timing &t, const QString &extra)
{
    const double n = static_cast<double>(total);
    std::printf("%-19s %8lld  wall %7.3f s = %8.0f /s   cpu %7.3f s = %8.0f /s   %s\n", qPrintable(what),
                static_cast<long long>(total), t.wall, n / t.wall, t.cpu, n / t.cpu, qPrintable(extra));
}

template<typename Row, typename Map> void run(const char *what, const QList<Row> &pool, qint64 total, Map map)
{
    qint64 checksum = 0;
    const Timing mapOnly = timed([&] {
        for (qint64 n = 0; n < total; ++n) {
            const rd::MappedEntity mapped = map(pool[n % pool.size()]);
            checksum += mapped.json.size() + mapped.warnings.size();
        }
    });
    report(QLatin1StringView(what) + u" map"_s, total, mapOnly, u"check %1"_s.arg(checksum));

    qint64 bytes = 0;
    const Timing withJson = timed([&] {
        for (qint64 n = 0; n < total; ++n) {
            const rd::MappedEntity mapped = map(pool[n % pool.size()]);
            bytes += QJsonDocument(mapped.json).toJson(QJsonDocument::Compact).size();
        }
    });
    report(QLatin1StringView(what) + u" map+json"_s, total, withJson,
           u"%1 bytes of JSON per entity"_s.arg(static_cast<double>(bytes) / static_cast<double>(total), 0, 'f', 0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 orders = args.size() > 1 ? args[1].toLongLong() : 200000;
    const qint64 customers = args.size() > 2 ? args[2].toLongLong() : orders;
    if (orders <= 0 || customers <= 0) {
        std::fprintf(stderr, "usage: bench_mapping [orders>0] [customers>0]\n");
        return 2;
    }

    rd::MappingOptions options;
    options.msOptionsPrice = true;
    options.addCrmNumber = true;
    // shopTimeZone: the system zone (the default, as MappingOptions::fromProfile() gives it).

    QList<rd::ShopOrder> orderPool;
    QList<rd::ShopCustomer> customerPool;
    for (int i = 0; i < PoolSize; ++i) {
        orderPool.append(makeOrder(i));
        customerPool.append(makeCustomer(i));
    }

#ifdef NDEBUG
    const char *build = "optimised (NDEBUG)";
#else
    const char *build = "DEBUG (figures not meaningful)";
#endif
    std::printf("bench_mapping: %s build, Qt %s, pool of %d distinct rows, shop time zone %s\n", build, qVersion(),
                PoolSize, options.shopTimeZone.id().constData());
    std::printf("cpu = this thread's CPU time: the figure to compare when other processes share the cores\n");
    run("orders", orderPool, orders, [&options](const rd::ShopOrder &o) { return rd::mapOrder(o, options); });
    run("customers", customerPool, customers,
        [&options](const rd::ShopCustomer &c) { return rd::mapCustomer(c, options); });
    return 0;
}
