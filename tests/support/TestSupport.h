#pragma once

#include <QString>

namespace rd::test {

// Path of a file under ../shared/fixtures/retailcrm-api-samples (RETAILDESK_SAMPLES_DIR).
QString samplePath(const QString &fileName);
// Directory holding the built executables (RETAILDESK_BIN_DIR), e.g. retaildesk-sandbox.
QString binDir();
// The source tree root (RETAILDESK_SOURCE_DIR).
QString sourceDir();

} // namespace rd::test
