// The related-articles panel on its real widgets and a real archive: every operation,
// each one undoable.

#include "TestArchive.h"
#include "TestGateway.h"
#include "editor/ArticleDocument.h"
#include "model/RelatedListModel.h"
#include "related/ArchivePicker.h"
#include "related/OutsideLinkDialog.h"
#include "related/RelatedPanel.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>

using namespace newsroom;
using namespace newsroom::test;

class TestRelatedPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<ArchiveGateway> m_gateway;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<RelatedPanel> m_panel;
    qint64 m_ferry = 0;
    qint64 m_bridge = 0;

    QStringList titles() const
    {
        QStringList result;
        for (const RelatedItem &item : m_document->article().related)
            result.append(item.title);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        Article ferry = makeArticle(QStringLiteral("Ferry crossings resume after the storm"));
        ferry.status = ArticleStatus::Published;
        ferry.tags = {QStringLiteral("harbor"), QStringLiteral("storm")};
        m_ferry = m_archive->saved(ferry).id;
        Article bridge = makeArticle(QStringLiteral("Bridge inspectors find storm damage"));
        bridge.tags = {QStringLiteral("harbor"), QStringLiteral("storm")};
        m_bridge = m_archive->saved(bridge).id;
        m_archive->saved(makeArticle(QStringLiteral("Orchestra opens its winter season")));
        Article story = makeArticle(QStringLiteral("Storm closes the harbor"));
        story.tags = {QStringLiteral("harbor"), QStringLiteral("storm")};
        story = m_archive->saved(story);
        m_document = std::make_unique<ArticleDocument>();
        m_panel.reset();
        m_gateway = openGateway(m_archive->path());
        m_panel = std::make_unique<RelatedPanel>(*m_document, *m_gateway);
        new QAbstractItemModelTester(m_panel->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_panel.get());
        m_panel->show();
        m_document->load(story);
    }

    void addFromArchiveSearch()
    {
        m_panel->picker()->setText(QStringLiteral("ferry"));
        m_panel->picker()->searchNow();
        QCOMPARE(m_panel->picker()->results()->rowCount(), 1);
        QVERIFY(m_panel->picker()->results()->item(0)->text().startsWith(
            QStringLiteral("Ferry crossings resume after the storm \u2014 ")));
        m_panel->picker()->pick(0);
        QCOMPARE(m_document->article().related.size(), 1);
        const RelatedItem item = m_document->article().related.front();
        QCOMPARE(item.targetId, m_ferry);
        QCOMPARE(item.title, QStringLiteral("Ferry crossings resume after the storm"));
        QVERIFY(item.summary.startsWith(QStringLiteral("A short dek")));
        QVERIFY(m_panel->picker()->text().isEmpty());
        m_document->undoStack()->undo();
        QVERIFY(m_document->article().related.isEmpty());
        QCOMPARE(m_panel->model()->rowCount(), 0);
    }

    void addOutsideLink()
    {
        OutsideLinkDialog dialog;
        QLineEdit *address = dialog.findChildren<QLineEdit *>().value(0);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        for (const char *refused : {"javascript:alert(1)", "example.org", "https://"}) {
            address->setText(QString::fromLatin1(refused));
            QVERIFY2(!ok->isEnabled(), refused);
        }
        m_panel->addOutside(RelatedItem{QStringLiteral("Tide tables"), QStringLiteral("Blurb"), 0,
                                        QStringLiteral("https://example.org/tides")});
        QCOMPARE(m_panel->model()->index(0, RelatedListModel::Target).data().toString(),
                 QStringLiteral("https://example.org/tides"));
        m_document->undoStack()->undo();
        QCOMPARE(m_panel->model()->rowCount(), 0);
    }

    void editTitleAndBlurbInPlace()
    {
        m_panel->addArchived(m_ferry);
        RelatedListModel *model = m_panel->model();
        QVERIFY(model->setData(model->index(0, RelatedListModel::Title),
                               QStringLiteral("Ferries are back")));
        QVERIFY(model->setData(model->index(0, RelatedListModel::Summary),
                               QStringLiteral("New blurb")));
        QCOMPARE(titles(), QStringList{QStringLiteral("Ferries are back")});
        QCOMPARE(m_document->article().related.front().summary, QStringLiteral("New blurb"));
        QVERIFY(!model->setData(model->index(0, RelatedListModel::Title), QStringLiteral("  ")));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(titles(), QStringList{QStringLiteral("Ferry crossings resume after the storm")});
    }

    void reorderByButtonAndByDrag()
    {
        m_panel->addArchived(m_ferry);
        m_panel->addArchived(m_bridge);
        m_panel->addOutside(
            RelatedItem{QStringLiteral("Tides"), {}, 0, QStringLiteral("https://example.org/t")});
        m_panel->moveRow(2, 0);
        QCOMPARE(titles().first(), QStringLiteral("Tides"));
        // A drag of row 0 to the end, as the view delivers it.
        RelatedListModel *model = m_panel->model();
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0)}));
        QVERIFY(
            !model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {})); // the view removes nothing
        QCOMPARE(titles().last(), QStringLiteral("Tides"));
        QCOMPARE(titles().size(), 3);
        m_document->undoStack()->undo();
        QCOMPARE(titles().first(), QStringLiteral("Tides"));
        m_document->undoStack()->undo();
        QCOMPARE(titles().last(), QStringLiteral("Tides"));
    }

    void removeAndOpen()
    {
        m_panel->addArchived(m_ferry);
        m_panel->addArchived(m_bridge);
        QSignalSpy open(m_panel.get(), &RelatedPanel::openArticleRequested);
        m_panel->view()->selectRow(1);
        QMetaObject::invokeMethod(m_panel.get(), [this] {
            for (QPushButton *button : m_panel->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("Open"))
                    button->click();
            }
        });
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().front().toLongLong(), m_bridge);
        m_panel->removeRow(0);
        QCOMPARE(titles(), QStringList{QStringLiteral("Bridge inspectors find storm damage")});
        m_document->undoStack()->undo();
        QCOMPARE(titles().size(), 2);
    }

    void flagsUnpublishedAndTrashedTargets()
    {
        m_panel->addArchived(m_bridge); // a draft
        QVERIFY(m_panel->model()
                    ->index(0, RelatedListModel::Target)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Draft")));
        QVERIFY(m_archive->store().moveToTrash(m_bridge));
        m_document->load(m_document->article()); // shown again
        QVERIFY(m_panel->model()
                    ->index(0, RelatedListModel::Target)
                    .data()
                    .toString()
                    .contains(QStringLiteral("trash")));
    }

    void suggestionsOneClickToAdd()
    {
        m_panel->refreshSuggestions();
        QListWidget *list = m_panel->suggestions();
        QVERIFY(list->count() >= 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("storm"), Qt::CaseInsensitive));
        const int before = list->count();
        m_panel->addSuggestion(0);
        QCOMPARE(m_document->article().related.size(), 1);
        QCOMPARE(list->count(), before - 1); // the added one is no longer suggested
        m_document->undoStack()->undo();
        QVERIFY(m_document->article().related.isEmpty());
    }
};

QTEST_MAIN(TestRelatedPanel)
#include "tst_relatedpanel.moc"
