#pragma once

// newsroom-cli's pictures (issue 17), the same checks on a file (tst_cli) and a server
// (tst_pgcli): pictures add (a refused file among good ones), list, show, describe, lead,
// check's picture findings, unused and purge.

#include "CliRunner.h"
#include "TestPictures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>

namespace newsroom::test {

// `cli` runs newsroom-cli on an archive holding `ref`, an article without pictures;
// `folder` is where the test may write picture files.
inline void checkPictureCommands(const std::function<CliResult(const QStringList &)> &cli,
                                 const QString &ref, const QString &folder)
{
    const QString photo = folder + QStringLiteral("/harbour.jpg");
    const QString small = folder + QStringLiteral("/crane.png");
    const QString fake = folder + QStringLiteral("/fake.png");
    QVERIFY(writeBytes(photo, cameraJpeg(1600, 1000)));
    QVERIFY(writeBytes(small, encoded(photoImage(400, 300), "png")));
    QVERIFY(writeBytes(fake, "<!DOCTYPE html><html><body>404</body></html>"));

    // One refused among good ones: it says why, the others are added, the exit code is 1.
    const CliResult added = cli({QStringLiteral("pictures"), QStringLiteral("add"),
                                 QStringLiteral("--json"), photo, fake, small,
                                 QStringLiteral("--credit"), QStringLiteral("Photo: Ana Ruiz")});
    QCOMPARE(added.exitCode, 1);
    QVERIFY2(added.err.contains("fake.png is not a picture: it is an HTML page"),
             added.err.constData());
    const QList<QJsonObject> lines = added.jsonLines();
    QCOMPARE(lines.size(), 2);
    const QString photoHash = lines[0][QStringLiteral("hash")].toString();
    const QString smallHash = lines[1][QStringLiteral("hash")].toString();
    QCOMPARE(photoHash.size(), 64);
    QCOMPARE(lines[0][QStringLiteral("width")].toInt(), 1600);
    QCOMPARE(lines[0][QStringLiteral("credit")].toString(), QStringLiteral("Photo: Ana Ruiz"));
    // The same picture again is the same picture.
    const CliResult again = cli({QStringLiteral("pictures"), QStringLiteral("add"), photo});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.startsWith(photoHash.toLatin1()));

    const CliResult described =
        cli({QStringLiteral("pictures"), QStringLiteral("describe"), photoHash.left(8),
             QStringLiteral("--caption"), QStringLiteral("The harbour at dawn"),
             QStringLiteral("--alt"), QStringLiteral("Cranes unloading a ship")});
    QVERIFY2(described.exitCode == 0, described.err.constData());
    const CliResult found = cli({QStringLiteral("pictures"), QStringLiteral("list"),
                                 QStringLiteral("harbour dawn"), QStringLiteral("--json")});
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.json().array().size(), 1);
    QCOMPARE(found.json().array()[0][QStringLiteral("hash")].toString(), photoHash);

    // The lead image: a small one warns, a missing alt text is an error.
    QVERIFY(cli({QStringLiteral("lead"), ref, smallHash}).exitCode == 0);
    CliResult checked = cli({QStringLiteral("check"), ref, QStringLiteral("--json")});
    QCOMPARE(checked.exitCode, 0);
    QStringList codes;
    for (const auto &finding : checked.json().array())
        codes.append(finding[QStringLiteral("code")].toString());
    QVERIFY2(codes.contains(QStringLiteral("lead-image-too-small")), checked.out.constData());
    QVERIFY(codes.contains(QStringLiteral("lead-image-missing-alt")));
    QVERIFY(!codes.contains(QStringLiteral("lead-image-missing-credit")));

    const CliResult lead = cli({QStringLiteral("lead"), ref, photoHash, QStringLiteral("--json")});
    QVERIFY2(lead.exitCode == 0, lead.err.constData());
    QCOMPARE(lead.json().object()[QStringLiteral("lead_image")].toString(), photoHash);
    checked = cli({QStringLiteral("check"), ref, QStringLiteral("--json")});
    codes.clear();
    for (const auto &finding : checked.json().array())
        codes.append(finding[QStringLiteral("code")].toString());
    QVERIFY2(!codes.contains(QStringLiteral("lead-image-too-small")), checked.out.constData());
    QVERIFY(!codes.contains(QStringLiteral("lead-image-missing-alt")));

    const CliResult shown =
        cli({QStringLiteral("pictures"), QStringLiteral("show"), photoHash, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().object()[QStringLiteral("articles")].toArray().size(), 1);

    // The small picture is used by an old version only: not unused, not purged.
    const CliResult unused = cli({QStringLiteral("pictures"), QStringLiteral("unused"),
                                  QStringLiteral("--json")});
    QCOMPARE(unused.exitCode, 0);
    QCOMPARE(unused.json().array().size(), 0);
    QVERIFY(cli({QStringLiteral("lead"), ref, QStringLiteral("--none")}).exitCode == 0);
    const CliResult dry = cli({QStringLiteral("pictures"), QStringLiteral("purge"),
                               QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("0 unused pictures"), dry.out.constData());

    // Wrong use says how.
    QCOMPARE(cli({QStringLiteral("pictures")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("pictures"), QStringLiteral("show"), QStringLiteral("zz")}).exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("lead"), ref}).exitCode, 2);
}

} // namespace newsroom::test
