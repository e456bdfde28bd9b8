#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace rd {

// Ordered name=value parameters of a RetailCRM call: the query string of a GET or the
// application/x-www-form-urlencoded body of a POST. Bracket arrays and nested filters as the API
// wants them:
//   CrmQuery q;
//   q.filterList(u"numbers"_s, {u"1"_s, u"2"_s})        // filter[numbers][]=1&filter[numbers][]=2
//    .filterMap(u"customFields"_s, u"nps"_s, u"5"_s)      // filter[customFields][nps]=5
//    .filter(u"email"_s, u"a@b.c"_s);                    // filter[email]=a@b.c
//   q.addJson(u"order"_s, orderObject);                   // order={"status":"new"} (one JSON field)
class CrmQuery final
{
public:
    using Item = std::pair<QString, QString>;

    CrmQuery() = default;

    CrmQuery &add(const QString &name, const QString &value);
    CrmQuery &add(const QString &name, qint64 value);
    CrmQuery &addList(const QString &name, const QStringList &values); // name[]=v1&name[]=v2
    CrmQuery &addJson(const QString &name, const QJsonValue &value); // compact UTF-8 JSON text
    CrmQuery &filter(const QString &name, const QString &value); // filter[name]=value
    CrmQuery &filterList(const QString &name, const QStringList &values); // filter[name][]=..
    CrmQuery &filterMap(const QString &name, const QString &key, const QString &value); // filter[name][key]=value

    // Removes every parameter called `name` (exactly, or `name[...]`).
    CrmQuery &remove(const QString &name);

    bool isEmpty() const { return m_items.isEmpty(); }
    bool contains(const QString &name) const; // exactly `name`, or `name[...]`
    QString value(const QString &name) const; // first value of exactly `name`
    QStringList values(const QString &name) const; // all values of exactly `name`
    const QList<Item> &items() const { return m_items; }

    // name=value&... with every byte outside A-Z a-z 0-9 - . _ ~ percent-encoded (UTF-8), so
    // '+', '&', '=', '[', ']' and spaces are always encoded.
    QByteArray toEncoded() const;
    // The inverse, for tests and servers: splits on '&', decodes %XX and '+' (as a space).
    static CrmQuery fromEncoded(QByteArrayView encoded);

    static QByteArray encodeComponent(const QString &text);
    static QString decodeComponent(QByteArrayView encoded);

    friend bool operator==(const CrmQuery &a, const CrmQuery &b) { return a.m_items == b.m_items; }

private:
    QList<Item> m_items;
};

} // namespace rd
