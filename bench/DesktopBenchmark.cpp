#include "DesktopBenchmark.h"

#include "AppLaunch.h"
#include "ArchiveGateway.h"
#include "MainWindow.h"
#include "StallMeter.h"
#include "Stats.h"
#include "SyntheticArticles.h"
#include "TimedApplication.h"
#include "browser/ArchiveBrowser.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyEditor.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewWidget.h"
#include "store/DelayedArticleStore.h"
#include "store/SqliteArticleStore.h"

#include <QLineEdit>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineScript>

namespace newsroom::bench {

namespace {
double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void insertFigures(QJsonObject &out, const QString &prefix, const AppLaunch::Figures &figures)
{
    out.insert(prefix + QStringLiteral("startup_ms"), figures.startupMs);
    out.insert(prefix + QStringLiteral("rss_mb"), figures.rssMb);
    out.insert(prefix + QStringLiteral("pss_mb"), figures.pssMb);
    out.insert(prefix + QStringLiteral("app_rss_mb"), figures.appRssMb);
    out.insert(prefix + QStringLiteral("processes"), figures.processes);
}

QString storyText(PreviewWidget &preview)
{
    QString text;
    bool done = false;
    preview.page()->runJavaScript(QStringLiteral("document.getElementById('story').innerText"),
                                  QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                      text = v.toString();
                                      done = true;
                                  });
    QTest::qWaitFor([&] { return done; }, 10000);
    return text;
}
} // namespace

DesktopBenchmark::DesktopBenchmark(QString folder, QString archivePath, int repeats)
    : m_folder(std::move(folder)), m_archivePath(std::move(archivePath)), m_repeats(repeats)
{}

QString DesktopBenchmark::longBody(int words)
{
    SyntheticArticles generator;
    QStringList paragraphs;
    int count = 0;
    int section = 0;
    while (count < words) {
        for (const QString &line : generator.next().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (count >= (section + 1) * 500) {
                ++section;
                paragraphs.append(QStringLiteral("## Section %1").arg(section));
            }
            paragraphs.append(line);
            count += int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            if (count >= words)
                break;
        }
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QJsonObject DesktopBenchmark::run(bool withPeer)
{
    QJsonObject out;
    measurePreview(out);
    measureStall(out, 50, QString());
    measureStall(out, 0, QStringLiteral("_nodelay"));
    measureLaunch(out, withPeer);
    return out;
}

// Each keystroke waits for the previous one's patch, so the first pageUpdated after a key
// is that key's: the patch script has replaced the story by then.
void DesktopBenchmark::measurePreview(QJsonObject &out)
{
    const QString path = m_folder + QStringLiteral("/preview-bench.newsroom");
    QFile::remove(path);
    auto store = SqliteArticleStore::open(path);
    if (!store)
        return;
    Article article;
    article.headline = QStringLiteral("A 5,000-word article for the preview benchmark");
    article.body = longBody(kBodyWords);
    auto saved = (*store)->save(article);
    if (!saved)
        return;
    MainWindow window(
        std::make_unique<ArchiveGateway>(std::move(*store), SqliteArticleStore::opener(path)),
        path);
    window.resize(1400, 860);
    window.show();
    window.openArticle(saved->id);
    PreviewWidget &preview = *window.preview();
    QTest::qWaitFor([&] { return storyText(preview).contains(QStringLiteral("Section 9")); },
                    60000);

    BodyEditor *body = window.editor()->body();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    const QString keys = QStringLiteral("the quick brown fox jumps over the lazy dog ");
    QString typed;
    QList<double> samples;
    QList<double> syncSamples;
    int wrong = 0;
    for (int i = 0; i < 10 * m_repeats; ++i) {
        const QChar key = keys[i % keys.size()];
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(body, key.toLatin1());
        syncSamples.append(msSince(timer)); // the app's own work, before Chromium's
        if (!updated.wait(5000))
            break;
        samples.append(msSince(timer));
        typed += key;
        if (i % 10 == 9 && !storyText(preview).contains(typed.right(9).trimmed()))
            ++wrong; // the DOM must hold what was typed
    }
    out.insert(QStringLiteral("preview_p50_ms"), percentile(samples, 50));
    out.insert(QStringLiteral("preview_p95_ms"), percentile(samples, 95));
    out.insert(QStringLiteral("preview_app_p95_ms"), percentile(syncSamples, 95));
    out.insert(QStringLiteral("preview_keystrokes"), int(samples.size()));
    out.insert(QStringLiteral("preview_dom_mismatches"), wrong);
}

// The window on the big archive, every call `delayMs` away: the editor types in bursts
// (pauses long enough for the autosave, suggestions and the checklist to run) and searches
// the archive as they go; the event loop's gaps are measured throughout.
void DesktopBenchmark::measureStall(QJsonObject &out, int delayMs, const QString &suffix)
{
    const qint64 id = addLongArticle(out);
    auto store = SqliteArticleStore::open(m_archivePath);
    if (id == 0 || !store)
        return;
    const auto opener = DelayedArticleStore::delayed(SqliteArticleStore::opener(m_archivePath),
                                                     std::chrono::milliseconds(delayMs));
    MainWindow window(std::make_unique<ArchiveGateway>(std::move(*store), opener), m_archivePath);
    window.resize(1400, 860);
    window.show();
    window.openArticle(id);
    QTest::qWaitFor([&] { return window.document()->article().id == id; }, 60000);
    QTest::qWait(2000); // the first list, preview and suggestions settle

    BodyEditor *body = window.editor()->body();
    QLineEdit *search = window.browser()->searchField();
    const QString keys = QStringLiteral("the quick brown fox jumps over the lazy dog ");
    const QString queries[] = {QStringLiteral("harbor"), QStringLiteral("council budget"),
                               QStringLiteral("storm")};
    StallMeter meter;
    meter.start();
    TimedApplication::instance()->startRecording(20);
    for (int i = 0; i < 200; ++i) {
        if (i % 50 == 25) { // a search as the editor types it, then back to the body
            search->setFocus();
            search->clear();
            for (const QChar c : queries[(i / 50) % 3]) {
                QTest::keyClick(search, c.toLatin1());
                QTest::qWait(40);
            }
        }
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, keys[i % keys.size()].toLatin1());
        QTest::qWait(i % 40 == 39 ? 1200 : 30); // a pause: saves, suggestions, the checklist
    }
    meter.stop();
    out.insert(QStringLiteral("gui_stall_causes") + suffix,
               TimedApplication::instance()->stopRecording(16));
    out.insert(QStringLiteral("gui_stall_max_ms") + suffix, meter.maxMs());
    out.insert(QStringLiteral("gui_stall_p99_ms") + suffix, meter.percentileMs(99));
    out.insert(QStringLiteral("gui_store_delay_ms") + suffix, delayMs);
}

qint64 DesktopBenchmark::addLongArticle(QJsonObject &out)
{
    auto store = SqliteArticleStore::open(m_archivePath);
    if (!store) {
        out.insert(QStringLiteral("startup_error"), store.error().message);
        return 0;
    }
    Article article;
    article.headline = QStringLiteral("A 5,000-word article for the startup benchmark");
    article.body = longBody(kBodyWords);
    auto saved = (*store)->save(article);
    return saved ? saved->id : 0;
}

void DesktopBenchmark::measureLaunch(QJsonObject &out, bool withPeer)
{
    if (!AppLaunch::canWatchWindows()) {
        out.insert(QStringLiteral("startup_note"),
                   QStringLiteral("needs an X server and xdotool: run under xvfb-run"));
        return;
    }
    const qint64 id = addLongArticle(out);
    if (id == 0)
        return;
    const QString markdown = m_folder + QStringLiteral("/ghostwriter-5000-words.md");
    QFile file(markdown);
    if (file.open(QIODevice::WriteOnly))
        file.write(longBody(kBodyWords).toUtf8());
    file.close();

    const AppLaunch newsroom(
        QStringLiteral(NEWSROOM_APP),
        {QStringLiteral("--db"), m_archivePath, QStringLiteral("--open"), QString::number(id)},
        m_folder + QStringLiteral("/newsroom-home"));
    const int launches = m_repeats >= 20 ? 7 : 4;
    insertFigures(out, QString(), newsroom.measure(launches));
    if (!withPeer)
        return;
    const AppLaunch ghostwriter(QStringLiteral("ghostwriter"), {markdown},
                                m_folder + QStringLiteral("/ghostwriter-home"));
    insertFigures(out, QStringLiteral("ghostwriter_"), ghostwriter.measure(launches));
}

} // namespace newsroom::bench
