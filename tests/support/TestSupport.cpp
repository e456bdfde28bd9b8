#include "TestSupport.h"

#include <QDir>

namespace rd::test {

QString samplePath(const QString &fileName)
{
    return QDir(qEnvironmentVariable("RETAILDESK_SAMPLES_DIR")).filePath(fileName);
}

QString binDir()
{
    return qEnvironmentVariable("RETAILDESK_BIN_DIR");
}

QString sourceDir()
{
    return qEnvironmentVariable("RETAILDESK_SOURCE_DIR");
}

} // namespace rd::test
