// The revisions dialog on a slow archive: it opens at once, lists the versions (saying why
// and by whom each was kept) and compares them when the archive answers, word by word and
// highlighted; it drops a comparison picked over, never compares a version with itself while
// there are two, and can list only the published versions.

#include "TestArchive.h"
#include "TestGateway.h"
#include "io/UserName.h"
#include "revisions/FieldChangesView.h"
#include "revisions/RevisionsDialog.h"
#include "settings/PaletteColors.h"
#include "store/DelayedArticleStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextBlock>

using namespace newsroom;
using namespace newsroom::test;
using namespace std::chrono_literals;

namespace {
constexpr std::chrono::milliseconds kDelay = 50ms;
}

class TestRevisionsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<ArchiveGateway> m_gateway;
    Article m_current;

    static QString headline(int version)
    {
        return QStringLiteral("Harbor story, take %1").arg(version);
    }

    // What the comparison shows for the headline: {before, after}, or nothing.
    static QStringList headlineChange(const RevisionsDialog &dialog)
    {
        for (const FieldDiff &field : dialog.changes()->diffs()) {
            if (field.field == QLatin1StringView("headline"))
                return {field.diff.before(), field.diff.after()};
        }
        return {};
    }

    // The text the view shows struck through on the removed colour, or on the added colour.
    static QStringList shown(const FieldChangesView &view, DiffOp op)
    {
        const QColor removed = palettecolors::removedBackground(view.palette());
        const QColor added = palettecolors::addedBackground(view.palette());
        QStringList texts;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                const bool isRemoved =
                    format.fontStrikeOut() && format.background().color() == removed;
                const bool isAdded = !format.fontStrikeOut() &&
                                     format.background().style() != Qt::NoBrush &&
                                     format.background().color() == added;
                if ((op == DiffOp::Removed && isRemoved) || (op == DiffOp::Added && isAdded))
                    texts.append(fragment.text());
            }
        }
        return texts;
    }

    static QStringList labels(const QComboBox *picker)
    {
        QStringList texts;
        for (int i = 0; i < picker->count(); ++i)
            texts.append(picker->itemText(i));
        return texts;
    }

    static QList<qint64> versions(const QComboBox *picker)
    {
        QList<qint64> list;
        for (int i = 0; i < picker->count(); ++i)
            list.append(picker->itemData(i).toLongLong());
        return list;
    }

    // A dialog on `article`, once it has compared its first two versions.
    std::unique_ptr<RevisionsDialog> openOn(const Article &article)
    {
        auto dialog = std::make_unique<RevisionsDialog>(*m_gateway, article);
        QSignalSpy compared(dialog.get(), &RevisionsDialog::comparisonShown);
        if (!compared.wait(10000))
            qWarning("no comparison came");
        return dialog;
    }

    void settle() { QVERIFY(settled(*m_gateway)); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        m_current = m_archive->saved(makeArticle(headline(1)));
        for (int version = 2; version <= 4; ++version) {
            m_current.headline = headline(version);
            m_current = m_archive->saved(m_current);
        }
        QCOMPARE(m_current.version, 4);
        m_gateway = openGateway(
            m_archive->path(),
            DelayedArticleStore::delayed(SqliteArticleStore::opener(m_archive->path()), kDelay));
    }

    void opensAtOnceAndFillsIn()
    {
        RevisionsDialog dialog(*m_gateway, m_current);
        QSignalSpy listed(&dialog, &RevisionsDialog::revisionsShown);
        QSignalSpy compared(&dialog, &RevisionsDialog::comparisonShown);
        dialog.show();
        QCOMPARE(dialog.problem()->text(), QStringLiteral("Loading\u2026"));
        QVERIFY(!dialog.fromPicker()->isEnabled());
        QVERIFY(!dialog.toPicker()->isEnabled());
        QVERIFY(!dialog.publishedOnly()->isEnabled());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.fromPicker()->count(), 0);

        QVERIFY(listed.wait());
        QVERIFY(dialog.fromPicker()->isEnabled());
        QVERIFY(dialog.toPicker()->isEnabled());
        QCOMPARE(dialog.fromPicker()->count(), 4);
        QVERIFY(dialog.publishedOnly()->isEnabled());
        QCOMPARE(dialog.fromPicker()->currentData().toLongLong(), 3); // the one before...
        QCOMPARE(dialog.toPicker()->currentData().toLongLong(), 4);   // ...against now
        QVERIFY(!dialog.restoreButton()->isEnabled()); // the comparison is on its way
        QCOMPARE(dialog.problem()->text(), QStringLiteral("Loading\u2026"));

        QTRY_COMPARE(compared.count(), 1);
        QCOMPARE(headlineChange(dialog), (QStringList{headline(3), headline(4)}));
        QVERIFY(dialog.problem()->text().isEmpty());
        QVERIFY(dialog.restoreButton()->isEnabled());

        dialog.restoreButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.chosen());
        QCOMPARE(dialog.chosen()->version, 3);
        QCOMPARE(dialog.chosen()->headline, headline(3));
        QCOMPARE(dialog.chosen()->restoredFrom, 3); // the save will say it restored version 3
    }

    // Two picks before the first comparison comes: only the second shows.
    void aComparisonPickedOverIsDropped()
    {
        RevisionsDialog dialog(*m_gateway, m_current);
        QSignalSpy compared(&dialog, &RevisionsDialog::comparisonShown);
        QTRY_COMPARE(compared.count(), 1);
        compared.clear();

        dialog.fromPicker()->setCurrentIndex(2); // version 2 against 4
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.changes()->diffs().isEmpty());
        dialog.fromPicker()->setCurrentIndex(3); // version 1 against 4, behind the first
        QVERIFY(compared.wait());
        QCOMPARE(compared.count(), 1);
        QCOMPARE(headlineChange(dialog), (QStringList{headline(1), headline(4)}));
        settle();
        QCOMPARE(compared.count(), 1);
        QCOMPARE(headlineChange(dialog), (QStringList{headline(1), headline(4)}));

        dialog.restoreButton()->click();
        QCOMPARE(dialog.chosen()->version, 1);
    }

    // The comparison shows one text, the changed word struck on the removed colour and its
    // replacement on the added colour; the key above says which is which.
    void changesAreHighlighted()
    {
        auto dialog = openOn(m_current);
        const FieldChangesView &view = *dialog->changes();
        QCOMPARE(view.diffs().size(), 1);
        QCOMPARE(shown(view, DiffOp::Removed), (QStringList{"Removed", "3"}));
        QCOMPARE(shown(view, DiffOp::Added), (QStringList{"Added", "4"}));
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Headline\nHarbor story, take 34")),
                 qPrintable(text));
        // The colours read in the palette's text colour.
        for (const QColor &ground : {palettecolors::removedBackground(view.palette()),
                                     palettecolors::addedBackground(view.palette())}) {
            QVERIFY(palettecolors::contrast(ground, view.palette().color(QPalette::Text)) >=
                    palettecolors::kMinContrast);
            QVERIFY(ground != view.palette().color(QPalette::Base));
        }
    }

    // Nothing is cut: a 100,000-character body shows whole, its change highlighted.
    void longFieldsAreShownWhole()
    {
        QString body;
        for (int i = 0; body.size() < 100000; ++i)
            body += QStringLiteral("Paragraph %1 of the long story.\n\n").arg(i);
        m_current.body = body;
        m_current = m_archive->saved(m_current);
        m_current.body = body + QStringLiteral("The very last line.\n");
        m_current = m_archive->saved(m_current);
        auto dialog = openOn(m_current);
        const FieldChangesView &view = *dialog->changes();
        QCOMPARE(shown(view, DiffOp::Added), (QStringList{"Added", "The very last line."}));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Paragraph 0 of the long story.")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Paragraph 2800 of the long story.")));
        QVERIFY(view.toPlainText().size() > 100000);
    }

    void neverComparesAVersionWithItself()
    {
        RevisionsDialog dialog(*m_gateway, m_current);
        QSignalSpy compared(&dialog, &RevisionsDialog::comparisonShown);
        QTRY_COMPARE(compared.count(), 1);
        dialog.fromPicker()->setCurrentIndex(0); // the newest on both sides: "with" moves
        QCOMPARE(dialog.fromPicker()->currentData().toLongLong(), 4);
        QCOMPARE(dialog.toPicker()->currentData().toLongLong(), 3);
        QTRY_COMPARE(compared.count(), 2);
        QCOMPARE(headlineChange(dialog), (QStringList{headline(4), headline(3)}));
        dialog.toPicker()->setCurrentIndex(0); // back to the newest: "Compare" moves older
        QCOMPARE(dialog.fromPicker()->currentData().toLongLong(), 3);
        dialog.fromPicker()->setCurrentIndex(3); // the oldest...
        dialog.toPicker()->setCurrentIndex(3);   // ...on both sides: "Compare" moves newer
        QCOMPARE(dialog.fromPicker()->currentData().toLongLong(), 2);
        QCOMPARE(dialog.toPicker()->currentData().toLongLong(), 1);
        // Comparisons picked over never come; the last one does.
        QTRY_COMPARE(headlineChange(dialog), (QStringList{headline(2), headline(1)}));
        QVERIFY(dialog.problem()->text().isEmpty());
    }

    // The report: "the dialog compared version 28 with 28". With one version there is
    // nothing to compare, and the dialog says so.
    void aSingleVersionSaysSo()
    {
        const Article only = m_archive->saved(makeArticle(QStringLiteral("Only once")));
        auto dialog = openOn(only);
        QCOMPARE(dialog->fromPicker()->count(), 1);
        QVERIFY(dialog->changes()->diffs().isEmpty());
        QVERIFY(dialog->problem()->text().contains(QStringLiteral("only version")));
        QVERIFY(!dialog->restoreButton()->isEnabled());
    }

    // Each version says why it was kept and who saved it.
    void labelsSayWhyAndWho()
    {
        m_current.status = ArticleStatus::Ready;
        m_current = m_archive->saved(m_current); // 5
        m_current.status = ArticleStatus::Published;
        m_current = m_archive->saved(m_current);                                             // 6
        m_current = *m_archive->store().restoreRevision(m_current.id, 2, m_current.version); // 7
        auto dialog = openOn(m_current);
        const QStringList shown = labels(dialog->fromPicker());
        QCOMPARE(shown.size(), 7);
        const QString me = QRegularExpression::escape(username::current());
        const QString when = QStringLiteral("\\d{1,2} \\S+ \\d\\d:\\d\\d");
        const auto matches = [](const QString &text, const QString &pattern) {
            return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))
                .match(text)
                .hasMatch();
        };
        QVERIFY2(matches(shown[0], QStringLiteral("Restored from %1, %1 by %2").arg(when, me)),
                 qPrintable(shown[0]));
        QVERIFY2(matches(shown[1], QStringLiteral("Published %1 by %2").arg(when, me)),
                 qPrintable(shown[1]));
        QVERIFY2(
            matches(shown[2], QStringLiteral("Status: Draft \u2192 Ready, %1 by %2").arg(when, me)),
            qPrintable(shown[2]));
        QVERIFY2(matches(shown[3], QStringLiteral("Saved %1 by %2").arg(when, me)),
                 qPrintable(shown[3]));
        // A version kept before the archive noted authors is only "Saved" and its time.
        Revision old;
        old.savedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(matches(RevisionsDialog::label(old, {}), QStringLiteral("Saved %1").arg(when)),
                 qPrintable(RevisionsDialog::label(old, {})));
        // The tooltip names the version and its headline.
        QCOMPARE(dialog->fromPicker()->itemData(3, Qt::ToolTipRole).toString(),
                 QStringLiteral("Version 4: ") + headline(4));
    }

    // "Published versions only" narrows both pickers to what readers could have seen.
    void publishedVersionsOnly()
    {
        // Never published: nothing to list.
        {
            auto dialog = openOn(m_current);
            QSignalSpy compared(dialog.get(), &RevisionsDialog::comparisonShown);
            dialog->publishedOnly()->setChecked(true);
            QCOMPARE(dialog->fromPicker()->count(), 0);
            QVERIFY(dialog->changes()->diffs().isEmpty());
            QVERIFY(dialog->problem()->text().contains(QStringLiteral("not been published")));
            dialog->publishedOnly()->setChecked(false);
            QCOMPARE(dialog->fromPicker()->count(), 4);
            QVERIFY(compared.wait());
        }
        m_current.status = ArticleStatus::Published;
        m_current = m_archive->saved(m_current); // 5: published
        // Published once: it is compared with the version before it (what publishing did).
        {
            auto dialog = openOn(m_current);
            QSignalSpy compared(dialog.get(), &RevisionsDialog::comparisonShown);
            dialog->publishedOnly()->setChecked(true);
            QCOMPARE(versions(dialog->fromPicker()), (QList<qint64>{5, 4}));
            QVERIFY(compared.wait());
            QCOMPARE(dialog->changes()->diffs().size(), 2); // status and its time
        }
        m_current.headline = QStringLiteral("Harbor story, corrected");
        m_current = m_archive->saved(m_current); // 6: a correction, still published
        m_current.status = ArticleStatus::Draft;
        m_current = m_archive->saved(m_current); // 7: taken down
        auto dialog = openOn(m_current);
        QCOMPARE(versions(dialog->fromPicker()), (QList<qint64>{7, 6, 5, 4, 3, 2, 1}));
        QSignalSpy compared(dialog.get(), &RevisionsDialog::comparisonShown);
        dialog->publishedOnly()->setChecked(true);
        QCOMPARE(versions(dialog->fromPicker()), (QList<qint64>{6, 5}));
        QCOMPARE(versions(dialog->toPicker()), (QList<qint64>{6, 5}));
        QCOMPARE(dialog->fromPicker()->currentData().toLongLong(), 5);
        QCOMPARE(dialog->toPicker()->currentData().toLongLong(), 6);
        QVERIFY(compared.wait());
        QCOMPARE(headlineChange(*dialog),
                 (QStringList{headline(4), QStringLiteral("Harbor story, corrected")}));
        dialog->restoreButton()->click();
        QCOMPARE(dialog->chosen()->version, 5);
        QCOMPARE(dialog->chosen()->restoredFrom, 5);
    }

    void anArchiveErrorShows()
    {
        m_gateway =
            openGateway(m_archive->path(), []() -> StoreResult<std::unique_ptr<ArticleStore>> {
                return storeFailure(StoreError::Code::Io,
                                    QStringLiteral("The archive is out of reach."));
            });
        RevisionsDialog dialog(*m_gateway, m_current);
        // A refusal this quick may come before the dialog is even shown.
        QTRY_COMPARE(dialog.problem()->text(), QStringLiteral("The archive is out of reach."));
        QVERIFY(!dialog.fromPicker()->isEnabled());
        QVERIFY(!dialog.restoreButton()->isEnabled());
    }

    void closingBeforeTheAnswersIsSafe()
    {
        {
            RevisionsDialog dialog(*m_gateway, m_current);
            dialog.show();
        }
        settle(); // the answers have nowhere to go
        QCOMPARE(m_gateway->pendingRequests(), 0);
    }
};

QTEST_MAIN(TestRevisionsDialog)
#include "tst_revisionsdialog.moc"
