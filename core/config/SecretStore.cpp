#include "SecretStore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <QRegularExpression>
#include <QSemaphore>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

// QtKeychain is not thread-safe: its job queue (JobExecutor) is a global that lives in the thread of the first
// job, and a job's callbacks arrive in the thread (and GLib context) that started it. So every job is created,
// started and finished on one private thread with its own event loop; callers post a job there and wait on a
// semaphore with a timeout. A job that never finishes (a keyring prompt nobody answers) is left to finish or
// not: QtKeychain's callbacks hold raw pointers to it, so it must not be deleted early.
class KeychainThread final
{
public:
    struct Outcome
    {
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QString text;
    };

    static KeychainThread *instance()
    {
        QMutexLocker lock(&s_mutex);
        if (!s_instance)
            s_instance = new KeychainThread;
        // Stop the thread when the application object goes (registered once one exists).
        if (QCoreApplication::instance() && !s_postRoutineAdded) {
            qAddPostRoutine(&KeychainThread::shutdown);
            s_postRoutineAdded = true;
        }
        return s_instance;
    }

    // Runs the job made by `make` on the keychain thread. std::nullopt when it did not finish in time.
    std::optional<Outcome> run(std::function<QKeychain::Job *()> make, int timeoutMs)
    {
        struct Shared
        {
            QSemaphore done;
            Outcome outcome;
        };
        auto shared = std::make_shared<Shared>();
        QMetaObject::invokeMethod(
            m_context,
            [shared, make = std::move(make)] {
                QKeychain::Job *job = make();
                job->setInsecureFallback(false);
                job->setAutoDelete(true); // deletes itself once finished, whether or not a caller still waits
                QObject::connect(job, &QKeychain::Job::finished, job, [shared](QKeychain::Job *finished) {
                    shared->outcome.error = finished->error();
                    shared->outcome.errorString = finished->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        shared->outcome.text = read->textData();
                    shared->done.release();
                });
                job->start();
            },
            Qt::QueuedConnection);
        if (!shared->done.tryAcquire(1, timeoutMs))
            return std::nullopt;
        return shared->outcome;
    }

private:
    KeychainThread()
        : m_thread(new QThread)
        , m_context(new QObject)
    {
        m_thread->setObjectName(u"RetailDesk keychain"_s);
        m_context->moveToThread(m_thread);
        m_thread->start();
    }

    // Called from ~QCoreApplication: stop the thread before Qt goes away. If it does not stop (a job stuck in
    // a D-Bus call), it is leaked rather than destroyed while running.
    static void shutdown()
    {
        QMutexLocker lock(&s_mutex);
        s_postRoutineAdded = false; // Qt forgets post routines once it has called them
        if (!s_instance)
            return;
        s_instance->m_thread->quit();
        if (s_instance->m_thread->wait(3000)) {
            delete s_instance->m_context;
            delete s_instance->m_thread;
            delete s_instance;
        }
        s_instance = nullptr;
    }

    QThread *m_thread;
    QObject *m_context;

    static inline QMutex s_mutex;
    static inline KeychainThread *s_instance = nullptr;
    static inline bool s_postRoutineAdded = false;
};

QString shellQuoted(const QString &text)
{
    static const QRegularExpression safe(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_./@%+=:,-]+"_s));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString setCommand(SecretKind kind, const QString &profileId)
{
    const QString config = profileId.isEmpty() ? u"FILE"_s : shellQuoted(profileId);
    const QString placeholder = kind == SecretKind::CrmApiKey ? u"KEY"_s : u"PASSWORD"_s;
    return u"printf %s '%1' | retaildesk-cli --config %2 secret set %3"_s.arg(placeholder, config,
                                                                              SecretStore::cliName(kind));
}

QString whereToGetIt(SecretKind kind)
{
    if (kind == SecretKind::CrmApiKey) {
        return u"\nGet an API key in RetailCRM: Settings → Integration → API access keys (Настройки → Интеграция → "
               u"Ключи доступа к API)."_s;
    }
    return u"\nIt is the password of the database user shop/user of the profile."_s;
}

// What to do when a secret is missing: the CLI command, the environment variable, the GUI, and for the API key
// where to get one.
QString howToSet(SecretKind kind, const QString &profileId)
{
    return u"Store it with:  %1\nor set the environment variable %2 (for cron and CI), or enter it on the Settings "
           u"page of RetailDesk."_s.arg(setCommand(kind, profileId), SecretStore::envVarName(kind))
        + whereToGetIt(kind);
}

// The same when the keychain cannot be used: the environment first, then how to get a keychain going.
QString howToSetWithoutKeychain(SecretKind kind, const QString &profileId)
{
    const QString placeholder = kind == SecretKind::CrmApiKey ? u"KEY"_s : u"PASSWORD"_s;
    return u"Set it in the environment, which needs no keychain:  export %1='%2'  (in the cron job or service "
           u"unit too).\nOr start and unlock a keyring (gnome-keyring, KWallet: any Secret Service provider) and "
           u"store it with:  %3"_s.arg(SecretStore::envVarName(kind), placeholder, setCommand(kind, profileId))
        + whereToGetIt(kind);
}

QString profileLabel(const QString &profileId)
{
    return profileId.isEmpty() ? QString() : u" for the profile "_s + profileId;
}

QString noKeychainExplanation(const QKeychain::Error error, const QString &detail)
{
    const QString what = (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
        ? u"the system keychain refused access (is it locked?)"_s
        : u"no system keychain is available"_s;
    return detail.isEmpty() ? what : what + u" ("_s + detail + u")"_s;
}

const QString kNoKeyringHint = u"A keyring such as gnome-keyring or KWallet (any Secret Service provider) must be "
                               u"running and unlocked in this session."_s;

Error timeoutError(SecretKind kind, const QString &action, int timeoutMs)
{
    return Error(ErrorCode::Timeout,
                 u"The system keychain did not answer within %1 s while %2 the %3 — is a keyring (gnome-keyring, "
                 u"KWallet) running and unlocked?"_s.arg(QString::number(timeoutMs / 1000.0, 'g', 3), action,
                                                         SecretStore::displayName(kind)),
                 u"Unlock or start the keyring, or set the environment variable %1 instead."_s.arg(
                     SecretStore::envVarName(kind)));
}

} // namespace

SecretStore::SecretStore(QString profileId)
    : m_profileId(std::move(profileId))
{ }

Result<QString> SecretStore::read(SecretKind kind) const
{
    return read(kind, nullptr);
}

Result<QString> SecretStore::read(SecretKind kind, SecretSource *source) const
{
    const QString &overridden = kind == SecretKind::CrmApiKey ? m_overrideApiKey : m_overrideDbPassword;
    if (!overridden.isEmpty()) {
        if (source)
            *source = SecretSource::Override;
        return overridden;
    }
    const QString env = qEnvironmentVariable(envVarName(kind).toLatin1().constData());
    if (!env.isEmpty()) {
        if (source)
            *source = SecretSource::Environment;
        return env;
    }

    const QString name = displayName(kind);
    if (m_profileId.isEmpty()) {
        return Error(ErrorCode::MissingSecret,
                     u"No %1: %2 is not set (and without a profile file there is no keychain entry to look "
                     u"up)."_s.arg(name, envVarName(kind)),
                     howToSet(kind, m_profileId));
    }

    const QString service = QString::fromLatin1(serviceName);
    const QString key = keychainKey(kind);
    const std::optional<KeychainThread::Outcome> outcome = KeychainThread::instance()->run(
        [service, key]() -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeoutMs);
    if (!outcome)
        return timeoutError(kind, u"reading"_s, m_timeoutMs);

    switch (outcome->error) {
    case QKeychain::NoError:
        if (!outcome->text.isEmpty()) {
            if (source)
                *source = SecretSource::Keychain;
            return outcome->text;
        }
        [[fallthrough]];
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::MissingSecret,
                     u"No %1%2: %3 is not set and the system keychain has no entry for it."_s.arg(
                         name, profileLabel(m_profileId), envVarName(kind)),
                     howToSet(kind, m_profileId));
    default:
        return Error(
            ErrorCode::MissingSecret,
            u"No %1%2: %3 is not set and %4."_s.arg(name, profileLabel(m_profileId), envVarName(kind),
                                                    noKeychainExplanation(outcome->error, outcome->errorString)),
            howToSetWithoutKeychain(kind, m_profileId));
    }
}

Status SecretStore::write(SecretKind kind, const QString &value) const
{
    const QString name = displayName(kind);
    if (value.isEmpty()) {
        return Error(ErrorCode::Usage, u"The %1 is empty: nothing was stored."_s.arg(name),
                     u"Give the value on standard input, e.g. %1"_s.arg(setCommand(kind, m_profileId)));
    }
    if (m_profileId.isEmpty()) {
        return Error(ErrorCode::Internal, u"Cannot store the %1: the profile has no identifier."_s.arg(name),
                     u"Save the profile to a file first."_s);
    }
    const QString service = QString::fromLatin1(serviceName);
    const QString key = keychainKey(kind);
    const std::optional<KeychainThread::Outcome> outcome = KeychainThread::instance()->run(
        [service, key, value]() -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(value);
            return job;
        },
        m_timeoutMs);
    if (!outcome)
        return timeoutError(kind, u"storing"_s, m_timeoutMs);
    if (outcome->error != QKeychain::NoError) {
        return Error(ErrorCode::Config,
                     u"Could not store the %1 in the system keychain: %2."_s.arg(
                         name, noKeychainExplanation(outcome->error, outcome->errorString)),
                     kNoKeyringHint
                         + u" Without a keychain, set the environment variable %1 for RetailDesk "
                           u"instead (e.g. in the cron job or the service unit)."_s.arg(envVarName(kind)));
    }
    return {};
}

Status SecretStore::remove(SecretKind kind) const
{
    const QString name = displayName(kind);
    if (m_profileId.isEmpty())
        return {};
    const QString service = QString::fromLatin1(serviceName);
    const QString key = keychainKey(kind);
    const std::optional<KeychainThread::Outcome> outcome = KeychainThread::instance()->run(
        [service, key]() -> QKeychain::Job * {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeoutMs);
    if (!outcome)
        return timeoutError(kind, u"removing"_s, m_timeoutMs);
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound) {
        return Error(ErrorCode::Config,
                     u"Could not remove the %1 from the system keychain: %2."_s.arg(
                         name, noKeychainExplanation(outcome->error, outcome->errorString)),
                     kNoKeyringHint);
    }
    return {};
}

void SecretStore::setOverride(SecretKind kind, const QString &value)
{
    if (kind == SecretKind::CrmApiKey)
        m_overrideApiKey = value;
    else
        m_overrideDbPassword = value;
}

QString SecretStore::keychainKey(SecretKind kind) const
{
    return m_profileId + u'/' + cliName(kind);
}

QString SecretStore::envVarName(SecretKind kind)
{
    return kind == SecretKind::CrmApiKey ? u"RETAILDESK_API_KEY"_s : u"RETAILDESK_DB_PASSWORD"_s;
}

QString SecretStore::cliName(SecretKind kind)
{
    return kind == SecretKind::CrmApiKey ? u"crm-api-key"_s : u"shop-db-password"_s;
}

QString SecretStore::displayName(SecretKind kind)
{
    return kind == SecretKind::CrmApiKey ? u"CRM API key"_s : u"shop database password"_s;
}

} // namespace rd
