#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace rd {

// CSV for spreadsheets (RFC 4180 quoting), as the Search page exports it.
struct SearchCsv
{
    // ',' normally; ';' where the decimal point is a comma (Russian Excel and LibreOffice expect it).
    QChar separator = u',';

    // The separator a spreadsheet of the current locale (QLocale()) expects.
    static QChar separatorForLocale();

    // One cell: quoted when it holds the separator, a quote, a line break or leading/trailing spaces
    // (quotes doubled). A text that a spreadsheet would run as a formula (starts with = + - @ and is not a
    // plain number) gets a leading apostrophe, so a customer-typed "=HYPERLINK(...)" stays text.
    QString field(const QString &text) const;
    // Rows joined with CRLF line ends (the last line ends with CRLF too).
    QString document(const QStringList &header, const QList<QStringList> &rows) const;
    // The document as UTF-8 with a byte-order mark, so Excel reads Cyrillic right.
    QByteArray bytes(const QStringList &header, const QList<QStringList> &rows) const;
    // Writes the bytes atomically (QSaveFile): the file is either the whole export or left untouched.
    Status save(const QString &path, const QStringList &header, const QList<QStringList> &rows) const;
};

} // namespace rd
