// The profile INI parsing: the input is the whole config file, read by Profile::load() from a file in a
// per-process temporary directory (one path, rewritten for each input). A profile that loads must also
// validate, save over the same file and load back to the same values.

#include "FuzzSupport.h"
#include "config/Profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

namespace {

// The per-process scratch file, made on first use; the directory goes when the process ends cleanly.
struct Scratch
{
    QTemporaryDir dir;
    QString filePath;
    QByteArray nativePath;
    Scratch()
    {
        FUZZ_CHECK(dir.isValid());
        filePath = dir.filePath(u"retaildesk.conf"_s);
        nativePath = QFile::encodeName(filePath);
    }
};

Scratch &scratch()
{
    static Scratch s;
    return s;
}

// QSettings caches parsed files by path and rereads one only when its size or modification time changed:
// give every input its own modification time (distinct milliseconds, far from the clock of a real save).
void stampUniqueTime()
{
    static qint64 counter = 0;
    ++counter;
    timespec times[2];
    times[0].tv_sec = times[1].tv_sec = 1000000000 + counter / 1000;
    times[0].tv_nsec = times[1].tv_nsec = (counter % 1000) * 1000000;
    FUZZ_CHECK(::utimensat(AT_FDCWD, scratch().nativePath.constData(), times, 0) == 0);
}

bool sameValues(const Profile &a, const Profile &b)
{
    return a.crm.url == b.crm.url && a.crm.site == b.crm.site && a.crm.rateLimit == b.crm.rateLimit
        && a.shop.driver == b.shop.driver && a.shop.host == b.shop.host && a.shop.port == b.shop.port
        && a.shop.socket == b.shop.socket && a.shop.database == b.shop.database && a.shop.user == b.shop.user
        && a.shop.path == b.shop.path && a.shop.prefix == b.shop.prefix && a.shop.siteUrl == b.shop.siteUrl
        && a.shop.weightUnit == b.shop.weightUnit && a.sync.statuses == b.sync.statuses
        && a.sync.msOptionsPrice == b.sync.msOptionsPrice && a.sync.addCrmNumber == b.sync.addCrmNumber;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString &filePath = scratch().filePath;
    {
        QFile file(filePath);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size))
                   == static_cast<qint64>(size));
    }
    stampUniqueTime();

    Result<Profile> loaded = Profile::load(filePath);
    if (!loaded.ok()) {
        FUZZ_CHECK(loaded.error().code == ErrorCode::Config);
        FUZZ_CHECK(!loaded.error().message.isEmpty());
        return 0;
    }
    Profile profile = *loaded;
    const Status valid = profile.validate();
    FUZZ_CHECK(valid.ok());
    FUZZ_CHECK(profile.validationProblems().isEmpty());
    (void)Profile::displayUrl(profile.crm.url);

    // Saved over the same file (unknown keys kept) and read back: the same values.
    const Status saved = profile.save();
    if (!saved.ok()) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().toString()));
        std::abort();
    }
    stampUniqueTime();
    const Result<Profile> again = Profile::load(filePath);
    if (!again.ok()) {
        std::fprintf(stderr, "reload failed: %s\n", qPrintable(again.error().toString()));
        std::abort();
    }
    FUZZ_CHECK(sameValues(profile, *again));
    return 0;
}
