#include "SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "newsroom.secrets", QtWarningMsg)

namespace newsroom {

namespace {
SecretStore::Answer answerOf(const QKeychain::Job &job)
{
    SecretStore::Answer answer;
    switch (job.error()) {
    case QKeychain::NoError:
        answer.outcome = SecretStore::Outcome::Done;
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            answer.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        answer.outcome = SecretStore::Outcome::NotFound;
        break;
    default:
        answer.outcome = SecretStore::Outcome::Unavailable;
        answer.problem = job.errorString().isEmpty() ? SecretStore::tr("no secret store answered")
                                                     : job.errorString();
        qCInfo(lcSecrets) << "the secret store is unavailable:" << answer.problem;
    }
    return answer;
}

// Every job goes the same way: no insecure fallback, deleted once it answered, the answer
// handed to `done` while `context` lives.
void start(QKeychain::Job *job, const QString &key, QObject *context, SecretStore::Handler done)
{
    job->setKey(key);
    job->setInsecureFallback(false); // never the password in a plain file
    job->setAutoDelete(true);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [done = std::move(done)](QKeychain::Job *finished) { done(answerOf(*finished)); });
    job->start();
}
} // namespace

void SecretStore::read(const QString &key, QObject *context, Handler done)
{
    start(new QKeychain::ReadPasswordJob(service()), key, context, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Handler done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setTextData(secret);
    start(job, key, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Handler done)
{
    start(new QKeychain::DeletePasswordJob(service()), key, context, std::move(done));
}

} // namespace newsroom
