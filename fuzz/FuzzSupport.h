#pragma once

// Shared by the libFuzzer targets: quiet Qt messages, input helpers, and FUZZ_CHECK for invariants
// (a failed check aborts, which libFuzzer reports as a crash with the input saved).

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                        \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace rd::fuzz {

// Qt's warnings (QSettings, QJson) would flood the fuzzer's output: drop them. Fatal messages still abort.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        if (type == QtFatalMsg)
            std::abort();
    });
}

// A deep copy of the input: Qt's parsers may expect the terminating NUL that a QByteArray carries.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// The input as raw UTF-16 code units (any unit, unpaired surrogates included); an odd last byte is dropped.
inline QString utf16(const uint8_t *data, size_t size)
{
    QString s(static_cast<qsizetype>(size / 2), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(s.data());
    for (size_t i = 0; i + 1 < size; i += 2)
        out[i / 2] = static_cast<char16_t>(data[i] | (data[i + 1] << 8));
    return s;
}

} // namespace rd::fuzz
