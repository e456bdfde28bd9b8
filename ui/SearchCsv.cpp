#include "SearchCsv.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace rd {

QChar SearchCsv::separatorForLocale()
{
    return QLocale().decimalPoint() == u","_s ? u';' : u',';
}

QString SearchCsv::field(const QString &text) const
{
    QString cell = text;
    if (!cell.isEmpty()
        && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' || cell.front() == u'@')) {
        bool number = false;
        cell.toDouble(&number);
        if (!number)
            cell.prepend(u'\'');
    }
    const bool quote = cell.contains(separator) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || cell.startsWith(u' ') || cell.endsWith(u' ');
    if (!quote)
        return cell;
    cell.replace(u"\""_s, u"\"\""_s);
    return u'"' + cell + u'"';
}

QString SearchCsv::document(const QStringList &header, const QList<QStringList> &rows) const
{
    QString out;
    const auto line = [this, &out](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += separator;
            out += field(cells.at(i));
        }
        out += u"\r\n"_s;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

QByteArray SearchCsv::bytes(const QStringList &header, const QList<QStringList> &rows) const
{
    return QByteArray("\xEF\xBB\xBF") + document(header, rows).toUtf8();
}

Status SearchCsv::save(const QString &path, const QStringList &header, const QList<QStringList> &rows) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("SearchCsv", "Cannot write %1: %2").arg(path, file.errorString()),
                     QCoreApplication::translate("SearchCsv", "Choose a folder you can write to."));
    const QByteArray data = bytes(header, rows);
    if (file.write(data) != data.size() || !file.commit())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("SearchCsv", "Cannot write %1: %2").arg(path, file.errorString()),
                     QCoreApplication::translate("SearchCsv", "Check the free disk space or choose another folder."));
    return {};
}

} // namespace rd
