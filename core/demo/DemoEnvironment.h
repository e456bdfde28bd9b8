#pragma once

#include "common/Result.h"
#include "config/Profile.h"

#include <QString>
#include <functional>
#include <memory>

namespace rd {

class SandboxProcess;

// The demo profile of INTERFACE.md: the bundled demo shop (SQLite, generated on first use in the app
// data dir) and a local sandbox CRM started on a free loopback port with the matching reference list.
// The sandbox key is random per start and handed over in memory only (SecretStore::setOverride).
class DemoEnvironment final
{
public:
    struct Options
    {
        QString dataDir; // empty = QStandardPaths::AppLocalDataLocation + "/demo"
        int products = 300;
        int customers = 400;
        int orders = 1500;
        quint64 seed = 2026;
    };

    DemoEnvironment();
    ~DemoEnvironment();
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

    // Creates the demo shop if missing, starts the sandbox, writes and returns the demo profile.
    // `status` receives short progress texts for a person ("Creating the demo shop…").
    Result<Profile> start(const Options &options, const std::function<void(const QString &)> &status = {});

    // The two halves of start(), for the GUI: prepareShop() does SQL work (run it on a worker thread);
    // startSandbox() starts the child process and must run on the thread that keeps it (the sandbox
    // dies with the thread that started it).
    Status prepareShop(const Options &options, const std::function<void(const QString &)> &status = {});
    Result<Profile> startSandbox(const Options &options, const std::function<void(const QString &)> &status = {});
    void stop();

    QString apiKey() const { return m_apiKey; }
    QString shopPath() const { return m_shopPath; }
    SandboxProcess *sandbox() const { return m_sandbox.get(); }

    static QString defaultDataDir();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_apiKey;
    QString m_shopPath;
};

} // namespace rd
