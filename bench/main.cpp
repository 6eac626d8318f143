#include "ArchiveBenchmark.h"
#include "SiteBenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsroom-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Newsroom on deterministic synthetic archives of 10k and 100k articles, "
        "beside the sqlite3 shell on the same articles."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Also write the figures to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("quick"), QStringLiteral("Fewer repetitions: a run of a few minutes.")},
        {QStringLiteral("sizes"),
         QStringLiteral("Comma-separated archive sizes (default 10000,100000)."),
         QStringLiteral("N,N")},
        {QStringLiteral("no-peer"), QStringLiteral("Skip the sqlite3 shell beside our figures.")},
        {QStringLiteral("dir"),
         QStringLiteral("Where to build the archives (default: a temporary folder)."),
         QStringLiteral("DIR")},
    });
    parser.process(app);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                               : temporary.path();
    const int repeats = parser.isSet(QStringLiteral("quick")) ? 5 : 20;
    QList<int> sizes;
    for (const QString &size :
         parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.append(size.toInt());
    if (sizes.isEmpty())
        sizes = {10000, 100000};

    QTextStream out(stdout);
    const QJsonObject render = newsroom::bench::SiteBenchmark::measureRender(repeats);
    out << QJsonDocument(render).toJson() << Qt::flush;
    QJsonArray runs;
    for (int size : std::as_const(sizes)) {
        const QJsonObject figures = newsroom::bench::ArchiveBenchmark(folder, size, repeats)
                                        .run(!parser.isSet(QStringLiteral("no-peer")));
        out << QJsonDocument(figures).toJson() << Qt::flush;
        runs.append(figures);
    }
    const QJsonObject report{{QStringLiteral("machine"), QStringLiteral("%1, %2 cores")
                                                             .arg(QSysInfo::prettyProductName())
                                                             .arg(QThread::idealThreadCount())},
                             {QStringLiteral("render"), render},
                             {QStringLiteral("runs"), runs}};
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "newsroom-bench: cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
        file.write(QJsonDocument(report).toJson());
    }
    return 0;
}
