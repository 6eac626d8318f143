#pragma once

// newsroom-cli's desk workflow, the same checks on a file (tst_cli) and a server
// (tst_pgcli): assign, note, show (text and --json), list --assigned-to and --mine.

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>

namespace newsroom::test {

// `cli` runs newsroom-cli on an archive holding `ref`, an article with no assignee or
// notes; `me` is who the archive knows as this user.
inline void checkDeskCommands(const std::function<CliResult(const QStringList &)> &cli,
                              const QString &ref, const QString &me)
{
    const QString desk = QStringLiteral("night-desk");
    CliResult assigned = cli({QStringLiteral("assign"), ref, desk});
    QVERIFY2(assigned.exitCode == 0, assigned.err.constData());
    QVERIFY2(assigned.out.contains("is assigned to night-desk"), assigned.out.constData());
    QVERIFY2(assigned.err.contains("not one of the archive's users"), assigned.err.constData());

    CliResult noted = cli({QStringLiteral("note"), ref, QStringLiteral("cut to 600 words")});
    QVERIFY2(noted.exitCode == 0, noted.err.constData());
    noted = cli(
        {QStringLiteral("--json"), QStringLiteral("note"), ref, QStringLiteral("legal checked")});
    QCOMPARE(noted.exitCode, 0);
    QCOMPARE(noted.json().object()[QStringLiteral("author")].toString(), me);

    const CliResult shown = cli({QStringLiteral("show"), QStringLiteral("--json"), ref});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject article = shown.json().object();
    QCOMPARE(article[QStringLiteral("assignee")].toString(), desk);
    const QJsonArray notes = article[QStringLiteral("notes")].toArray();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0][QStringLiteral("text")].toString(), QStringLiteral("cut to 600 words"));
    QCOMPARE(notes[1][QStringLiteral("text")].toString(), QStringLiteral("legal checked"));
    QCOMPARE(notes[1][QStringLiteral("author")].toString(), me);
    QVERIFY(!notes[1][QStringLiteral("written")].toString().isEmpty());
    QVERIFY(!article.contains(QStringLiteral("status_changed"))); // never changed yet

    const CliResult text = cli({QStringLiteral("show"), ref});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Assigned to night-desk"), text.out.constData());
    QVERIFY(text.out.contains("Notes:"));
    QVERIFY(text.out.contains(": legal checked"));

    const CliResult listed = cli(
        {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--assigned-to"), desk});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 1);
    const CliResult mineBefore =
        cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--mine")});
    QCOMPARE(mineBefore.json().array().size(), 0);

    QCOMPARE(cli({QStringLiteral("assign"), ref, me}).exitCode, 0);
    const CliResult mine =
        cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--mine")});
    QCOMPARE(mine.json().array().size(), 1);
    const CliResult history = cli({QStringLiteral("history"), QStringLiteral("--json"), ref});
    QVERIFY(history.json().array().size() >= 3); // each assignment kept a version

    // Refused, saying why: too long, blank, wrong arguments.
    const CliResult tooLong = cli({QStringLiteral("note"), ref, QString(501, QLatin1Char('x'))});
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains("500"), tooLong.err.constData());
    QCOMPARE(cli({QStringLiteral("note"), ref, QStringLiteral("  ")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("note"), ref}).exitCode, 2);
    const CliResult unassigned = cli({QStringLiteral("assign"), ref, QString()});
    QCOMPARE(unassigned.exitCode, 0);
    QVERIFY(unassigned.out.contains("assigned to nobody"));
}

} // namespace newsroom::test
