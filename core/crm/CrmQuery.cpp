#include "CrmQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace rd {

CrmQuery &CrmQuery::add(const QString &name, const QString &value)
{
    m_items.append({ name, value });
    return *this;
}

CrmQuery &CrmQuery::add(const QString &name, qint64 value)
{
    return add(name, QString::number(value));
}

CrmQuery &CrmQuery::addList(const QString &name, const QStringList &values)
{
    for (const QString &v : values)
        add(name + u"[]"_s, v);
    return *this;
}

CrmQuery &CrmQuery::addJson(const QString &name, const QJsonValue &value)
{
    QByteArray json;
    if (value.isObject())
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else {
        // A scalar: wrap in an array and strip the brackets, the only way QJsonDocument writes one.
        json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        json = json.mid(1, json.size() - 2);
    }
    return add(name, QString::fromUtf8(json));
}

CrmQuery &CrmQuery::filter(const QString &name, const QString &value)
{
    return add(u"filter["_s + name + u']', value);
}

CrmQuery &CrmQuery::filterList(const QString &name, const QStringList &values)
{
    return addList(u"filter["_s + name + u']', values);
}

CrmQuery &CrmQuery::filterMap(const QString &name, const QString &key, const QString &value)
{
    return add(u"filter["_s + name + u"]["_s + key + u']', value);
}

static bool matchesName(const QString &itemName, const QString &name)
{
    return itemName == name
        || (itemName.startsWith(name) && itemName.size() > name.size() && itemName.at(name.size()) == u'[');
}

CrmQuery &CrmQuery::remove(const QString &name)
{
    m_items.removeIf([&](const Item &item) { return matchesName(item.first, name); });
    return *this;
}

bool CrmQuery::contains(const QString &name) const
{
    for (const Item &item : m_items) {
        if (matchesName(item.first, name))
            return true;
    }
    return false;
}

QString CrmQuery::value(const QString &name) const
{
    for (const Item &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QStringList CrmQuery::values(const QString &name) const
{
    QStringList result;
    for (const Item &item : m_items) {
        if (item.first == name)
            result.append(item.second);
    }
    return result;
}

QByteArray CrmQuery::encodeComponent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QString CrmQuery::decodeComponent(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QByteArray CrmQuery::toEncoded() const
{
    QByteArray out;
    for (const Item &item : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(item.first);
        out += '=';
        out += encodeComponent(item.second);
    }
    return out;
}

CrmQuery CrmQuery::fromEncoded(QByteArrayView encoded)
{
    CrmQuery query;
    const QList<QByteArray> pairs = encoded.toByteArray().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            query.add(decodeComponent(pair), QString());
        else
            query.add(decodeComponent(pair.left(eq)), decodeComponent(pair.mid(eq + 1)));
    }
    return query;
}

} // namespace rd
