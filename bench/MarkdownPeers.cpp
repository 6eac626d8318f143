#include "MarkdownPeers.h"

#include "Stats.h"
#include "SyntheticArticles.h"
#include "render/MarkdownRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace newsroom::bench {

namespace {

struct Peer
{
    QString key;
    QString program;
    QStringList arguments; // the files follow
};

// A synthetic article's paragraphs dressed in the Markdown a desk writes: subheads,
// emphasis, links, a quote, a list, now and then a table.
QString markdownBody(const QString &articleText, int index)
{
    QStringList paragraphs = articleText.split(QLatin1Char('\n')).mid(2);
    QStringList out;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        QStringList words = paragraphs[i].split(QLatin1Char(' '));
        if (words.size() > 6) {
            words[1] = QLatin1Char('*') + words[1] + QLatin1Char('*');
            words[4] = QStringLiteral("**") + words[4] + QStringLiteral("**");
        }
        if (i % 5 == 2 && words.size() > 8)
            words[7] = QStringLiteral("[%1](https://example.org/story/%2-%3)")
                           .arg(words[7])
                           .arg(index)
                           .arg(i);
        QString paragraph = words.join(QLatin1Char(' '));
        if (i % 4 == 3)
            out.append(QStringLiteral("## ") + words.mid(0, 4).join(QLatin1Char(' ')));
        if (i % 6 == 5)
            paragraph.prepend(QStringLiteral("> "));
        out.append(paragraph);
        if (i == 1 && words.size() > 3)
            out.append(QStringLiteral("- %1\n- %2\n- %3").arg(words[0], words[1], words[2]));
    }
    if (index % 10 == 0)
        out.append(QStringLiteral("| Ward | Votes |\n|---|---:|\n| North | %1 |\n| South | %2 |")
                       .arg(index * 7 % 1000)
                       .arg(index * 13 % 1000));
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// Seconds from start to exit, output discarded; nothing when it fails.
std::optional<double> timeProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

QJsonObject MarkdownPeers::measure(const QString &folder, int bodies, int rounds)
{
    const QString markdownFolder = folder + QStringLiteral("/markdown");
    QDir().mkpath(markdownFolder);
    SyntheticArticles generator;
    QStringList texts;
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < bodies; ++i) {
        texts.append(markdownBody(generator.next(), i));
        files.append(markdownFolder + QStringLiteral("/%1.md").arg(i, 5, 10, QLatin1Char('0')));
        QFile file(files.last());
        const QByteArray utf8 = texts.last().toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size())
            return {
                {QStringLiteral("error"), QString(QStringLiteral("cannot write ") + files.last())}};
        bytes += utf8.size();
    }
    const QList<Peer> peers{
        {QStringLiteral("cmark_gfm"),
         QStringLiteral("cmark-gfm"),
         {QStringLiteral("--smart"), QStringLiteral("-e"), QStringLiteral("table"),
          QStringLiteral("-e"), QStringLiteral("strikethrough"), QStringLiteral("-e"),
          QStringLiteral("autolink")}},
        {QStringLiteral("pandoc"),
         QStringLiteral("pandoc"),
         {QStringLiteral("-f"), QStringLiteral("gfm"), QStringLiteral("-t"),
          QStringLiteral("html5")}},
    };
    QJsonObject out{{QStringLiteral("bodies"), bodies},
                    {QStringLiteral("markdown_mb"), double(bytes) / 1e6},
                    {QStringLiteral("rounds"), rounds}};
    QList<double> ours;
    QMap<QString, QList<double>> theirs;
    QMap<QString, QList<double>> starts;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        qsizetype html = 0;
        for (const QString &text : std::as_const(texts))
            html += MarkdownRenderer::toHtml(text, QStringLiteral("en")).size();
        ours.append(timer.nsecsElapsed() / 1e6);
        out.insert(QStringLiteral("newsroom_html_chars"), double(html));
        for (const Peer &peer : peers) {
            const QString program = QStandardPaths::findExecutable(peer.program);
            if (program.isEmpty()) {
                out.insert(peer.key, QString(peer.program + QStringLiteral(" not installed")));
                continue;
            }
            const auto all = timeProcess(program, peer.arguments + files);
            const auto empty = timeProcess(program, peer.arguments + QStringList{files.first()});
            if (!all || !empty) {
                out.insert(peer.key, QString(peer.program + QStringLiteral(" failed")));
                continue;
            }
            theirs[peer.key].append(*all * 1000.0);
            starts[peer.key].append(*empty * 1000.0);
        }
    }
    const double oursMs = percentile(ours, 50);
    out.insert(QStringLiteral("newsroom_ms"), oursMs);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        if (it->size() != rounds)
            continue;
        const double peerMs = percentile(*it, 50);
        out.insert(it.key() + QStringLiteral("_ms"), peerMs);
        out.insert(it.key() + QStringLiteral("_one_body_ms"), percentile(starts[it.key()], 50));
        out.insert(QStringLiteral("vs_") + it.key(), oursMs / peerMs);
    }
    return out;
}

} // namespace newsroom::bench
