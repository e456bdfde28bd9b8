#pragma once

// The reference lists the sandbox CRM serves with `--seed demo` (the demo profile), in one place so
// that the demo shop generator can give its deliveries, payments and statuses exactly these codes.
// Header-only: the sandbox executable includes it without linking the core library.

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::demo {

struct DemoDeliveryType
{
    QString code;
    QString name;
    QStringList paymentTypes; // payment type codes allowed with this delivery type
    double defaultCost = 0;
};

struct DemoPaymentType
{
    QString code;
    QString name;
};

struct DemoStatus
{
    QString code;
    QString name;
    QString group; // status group code
    int ordering = 0;
};

struct DemoStatusGroup
{
    QString code;
    QString name;
    int ordering = 0;
};

inline QString demoSiteCode()
{
    return QStringLiteral("demo-shop");
}

inline QString demoSiteName()
{
    return QStringLiteral("Демо-магазин");
}

inline QString demoCurrency()
{
    return QStringLiteral("RUB");
}

inline const QList<DemoPaymentType> &demoPaymentTypes()
{
    static const QList<DemoPaymentType> list {
        { QStringLiteral("cash"), QStringLiteral("Наличные") },
        { QStringLiteral("bank-card"), QStringLiteral("Банковская карта") },
        { QStringLiteral("bank-transfer"), QStringLiteral("Безналичный расчёт") },
    };
    return list;
}

inline const QList<DemoDeliveryType> &demoDeliveryTypes()
{
    static const QList<DemoDeliveryType> list {
        { QStringLiteral("self-delivery"),
          QStringLiteral("Самовывоз"),
          { QStringLiteral("cash"), QStringLiteral("bank-card") },
          0 },
        { QStringLiteral("courier"),
          QStringLiteral("Доставка курьером"),
          { QStringLiteral("cash"), QStringLiteral("bank-card") },
          300 },
        { QStringLiteral("russian-post"),
          QStringLiteral("Почта России"),
          { QStringLiteral("bank-card"), QStringLiteral("bank-transfer") },
          350 },
        { QStringLiteral("sdek"),
          QStringLiteral("СДЭК"),
          { QStringLiteral("bank-card"), QStringLiteral("bank-transfer") },
          400 },
    };
    return list;
}

inline const QList<DemoStatusGroup> &demoStatusGroups()
{
    static const QList<DemoStatusGroup> list {
        { QStringLiteral("new"), QStringLiteral("Новый"), 10 },
        { QStringLiteral("approval"), QStringLiteral("Согласование"), 20 },
        { QStringLiteral("assembling"), QStringLiteral("Комплектация"), 30 },
        { QStringLiteral("delivery"), QStringLiteral("Доставка"), 40 },
        { QStringLiteral("complete"), QStringLiteral("Выполнен"), 50 },
        { QStringLiteral("cancel"), QStringLiteral("Отменен"), 60 },
    };
    return list;
}

inline const QList<DemoStatus> &demoStatuses()
{
    static const QList<DemoStatus> list {
        { QStringLiteral("new"), QStringLiteral("Новый"), QStringLiteral("new"), 10 },
        { QStringLiteral("client-confirmed"), QStringLiteral("Согласовано с клиентом"), QStringLiteral("approval"),
          30 },
        { QStringLiteral("prepayed"), QStringLiteral("Предоплата поступила"), QStringLiteral("approval"), 40 },
        { QStringLiteral("assembling"), QStringLiteral("Комплектуется"), QStringLiteral("assembling"), 20 },
        { QStringLiteral("send-to-delivery"), QStringLiteral("Передан в доставку"), QStringLiteral("delivery"), 10 },
        { QStringLiteral("complete"), QStringLiteral("Выполнен"), QStringLiteral("complete"), 10 },
        { QStringLiteral("cancel-other"), QStringLiteral("Отменен"), QStringLiteral("cancel"), 60 },
    };
    return list;
}

} // namespace rd::demo
