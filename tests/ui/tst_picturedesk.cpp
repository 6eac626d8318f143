// Pictures at the desk (issue 17), in the real window on a real archive file: the lead image
// chosen, described and undone; pictures dropped or pasted into the body placed as one undo
// step each; hostile files refused with nothing changed; the picture library searched, its
// thumbnails shown, its pictures placed and described; a restored version brings its lead
// image back; a lead-image finding takes the editor to the field.

#include "DeskLayout.h"
#include "EditorTest.h"
#include "TestPictures.h"
#include "WebEngineTest.h"
#include "browser/ArchiveBrowser.h"
#include "editor/ChecklistPanel.h"
#include "media/PictureDecoder.h"
#include "media/PictureRefs.h"
#include "pictures/BodyPictures.h"
#include "pictures/LeadImagePanel.h"
#include "pictures/PictureImporter.h"
#include "pictures/PictureLibraryPanel.h"
#include "pictures/PictureListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace newsroom;
using namespace newsroom::test;

namespace {
constexpr int kWait = 15000; // ms: a picture is decoded and stored through the gateway

const QString kBody = QStringLiteral("The tide rose over the quay at dawn.\n\n"
                                     "By noon the ferries were tied up in the inner basin.");
} // namespace

class TestPictureDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<QTemporaryDir> m_files;
    Article m_story;

    QString writePicture(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files->filePath(name);
        return writeBytes(path, bytes) ? path : QString();
    }

    // A picture stored straight in the archive, with the library's words.
    Picture addToArchive(const QImage &image, const QString &name, const QString &caption,
                         const QString &credit, const QString &altText)
    {
        const Picture stored = storedPicture(m_archive->store(), encoded(image, "jpeg", 85), name);
        auto described = m_archive->store().describePicture(stored.hash, caption, credit, altText);
        return described ? *described : Picture();
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = openWindowOn(*m_archive);
        if (!QTest::qWaitForWindowExposed(window.get()) || !openAndWait(*window, m_story.id))
            return nullptr;
        return window;
    }

    static QMimeData *filesDropped(const QStringList &paths)
    {
        auto *data = new QMimeData;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        data->setUrls(urls);
        return data;
    }

    // Drops `data` on the body where `position` of its text is, as a file manager would.
    static void dropOnBody(MainWindow &window, QMimeData *data, int position)
    {
        BodyEditor *body = window.editor()->body();
        QTextCursor at(body->document());
        at.setPosition(position);
        const QPoint point = body->cursorRect(at).center();
        QDragEnterEvent enter(point, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(body->viewport(), &enter);
        QDragMoveEvent move(point, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(body->viewport(), &move);
        QDropEvent drop(point, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(body->viewport(), &drop);
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        m_files = std::make_unique<QTemporaryDir>();
        QDir(EditJournal::defaultFolder()).removeRecursively();
        m_story =
            m_archive->saved(makeArticle(QStringLiteral("Storm surge floods the harbour"), kBody));
    }

    void cleanup()
    {
        m_archive.reset();
        m_files.reset();
    }

    void aLeadImageIsChosenDescribedAndUndone()
    {
        const Picture inLibrary =
            addToArchive(photoImage(1600, 900, 7), QStringLiteral("quay.jpg"),
                         QStringLiteral("Water over the quay"), QStringLiteral("Photo: Ana Ruiz"),
                         QStringLiteral("Waves breaking over a stone quay"));
        auto window = openWindow();
        QVERIFY(window);
        LeadImagePanel *lead = window->leadImage();
        ArticleDocument *document = window->document();
        const int stepsBefore = document->undoStack()->count();

        lead->usePicture(inLibrary);
        QCOMPARE(document->article().leadImage, (LeadImage{inLibrary.hash, inLibrary.caption,
                                                           inLibrary.credit, inLibrary.altText}));
        QTRY_VERIFY_WITH_TIMEOUT(lead->about().contains(QStringLiteral("1,600 × 900")), kWait);
        auto *well = lead->findChild<QToolButton *>(QStringLiteral("leadImageWell"));
        QVERIFY(well);
        QTRY_VERIFY_WITH_TIMEOUT(!well->icon().isNull(), kWait); // the thumbnail came

        // The caption typed a letter at a time is one step; the chosen picture another.
        auto *caption = qobject_cast<QLineEdit *>(lead->captionInput());
        QVERIFY(caption);
        caption->setFocus();
        caption->selectAll();
        QTest::keyClicks(caption, QStringLiteral("Morning tide"));
        QCOMPARE(document->article().leadImage.caption, QStringLiteral("Morning tide"));
        QCOMPARE(document->article().leadImage.hash, inLibrary.hash);
        QCOMPARE(document->undoStack()->count(), stepsBefore + 2);

        // It is saved with the article.
        QTRY_VERIFY_WITH_TIMEOUT(m_archive->store().article(m_story.id)->leadImage.caption ==
                                     QStringLiteral("Morning tide"),
                                 kWait);

        document->undoStack()->undo();
        QCOMPARE(document->article().leadImage.caption, inLibrary.caption);
        QCOMPARE(caption->text(), inLibrary.caption);
        document->undoStack()->undo();
        QVERIFY(document->article().leadImage.isEmpty());
        QVERIFY(!caption->isEnabled());
        document->undoStack()->redo();
        QCOMPARE(document->article().leadImage.hash, inLibrary.hash);

        lead->remove();
        QVERIFY(document->article().leadImage.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_archive->store().article(m_story.id)->leadImage.isEmpty(),
                                 kWait);
        QCOMPARE(m_archive->store().picture(inLibrary.hash)->hash, inLibrary.hash); // kept
    }

    void aLeadImageDroppedFromAFileIsImported()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString path =
            writePicture(QStringLiteral("narrow.png"), encoded(photoImage(800, 450, 3), "png"));
        QVERIFY(!path.isEmpty());
        LeadImagePanel *lead = window->leadImage();
        std::unique_ptr<QMimeData> data(filesDropped({path}));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, data.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(lead, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPoint(5, 5), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lead, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(!window->document()->article().leadImage.isEmpty(), kWait);
        const Picture stored =
            *m_archive->store().picture(window->document()->article().leadImage.hash);
        QCOMPARE(stored.fileName, QStringLiteral("narrow.png"));
        QCOMPARE(stored.width, 800);
        // Too narrow for a social card: the panel says so.
        QLabel *narrow = nullptr;
        for (QLabel *label : lead->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("social cards")))
                narrow = label;
        }
        QVERIFY(narrow);
        QTRY_VERIFY_WITH_TIMEOUT(narrow->isVisible(), kWait);
    }

    void aPictureDroppedInTheBodyIsOneUndoStep()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString path = writePicture(QStringLiteral("ferries.jpg"),
                                          encoded(photoImage(1200, 800, 5), "jpeg", 85));
        ArticleDocument *document = window->document();
        const int between = int(kBody.indexOf(QStringLiteral("By noon")));
        std::unique_ptr<QMimeData> data(filesDropped({path}));
        dropOnBody(*window, data.get(), between);
        QTRY_VERIFY_WITH_TIMEOUT(document->article().body.contains(QStringLiteral("media:")),
                                 kWait);
        const QList<QByteArray> used = picturerefs::usedBy(document->article());
        QCOMPARE(used.size(), 1);
        const QString image = picturerefs::markdownImage(used.first(), {}, {});
        // A paragraph of its own, where it was dropped; the text around it untouched.
        QCOMPARE(document->article().body,
                 kBody.left(between) + image + QStringLiteral("\n\n") + kBody.mid(between));
        QVERIFY(window->editor()->body()->toPlainText() == document->article().body);

        document->undoStack()->undo();
        QCOMPARE(document->article().body, kBody);
        document->undoStack()->redo();
        QVERIFY(document->article().body.contains(image));
    }

    void aPastedImageAndALibraryDragArePlaced()
    {
        const Picture inLibrary = addToArchive(
            photoImage(1400, 900, 11), QStringLiteral("basin.jpg"),
            QStringLiteral("The inner \"basin\" at noon"), QStringLiteral("Photo: Desk"),
            QStringLiteral("Ferries [tied up] side by side"));
        auto window = openWindow();
        QVERIFY(window);
        BodyEditor *body = window->editor()->body();
        ArticleDocument *document = window->document();
        body->setFocus();
        body->moveCursor(QTextCursor::End);

        // A screenshot on the clipboard: pixels only.
        auto *screenshot = new QMimeData;
        screenshot->setImageData(photoImage(640, 360, 9));
        QApplication::clipboard()->setMimeData(screenshot);
        body->paste();
        QTRY_VERIFY_WITH_TIMEOUT(picturerefs::usedBy(document->article()).size() == 1, kWait);
        const QByteArray pasted = picturerefs::usedBy(document->article()).first();
        QVERIFY(m_archive->store().picture(pasted).has_value());

        // A drag from the library carries the picture, not its bytes: placed with its words,
        // escaped so that its quotes and brackets do not end the image early.
        PictureLibraryPanel *library = window->pictureLibrary();
        QTRY_VERIFY_WITH_TIMEOUT(library->model()->rowOf(inLibrary.hash) >= 0, kWait);
        std::unique_ptr<QMimeData> dragged(library->model()->mimeData(
            {library->model()->index(library->model()->rowOf(inLibrary.hash))}));
        QVERIFY(dragged);
        QApplication::clipboard()->setMimeData(dragged.release());
        body->moveCursor(QTextCursor::End);
        body->paste();
        QTRY_VERIFY_WITH_TIMEOUT(picturerefs::usedBy(document->article()).size() == 2, kWait);
        const QString expected = QStringLiteral("![Ferries \\[tied up\\] side by side](media:%1 "
                                                "\"The inner \\\"basin\\\" at noon\")")
                                     .arg(QString::fromLatin1(inLibrary.hash));
        QVERIFY2(document->article().body.contains(expected), qPrintable(document->article().body));
        QCOMPARE(picturerefs::usedBy(document->article()).last(), inLibrary.hash);
    }

    void hostileFilesAreRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        QTest::newRow("html named png")
            << "photo.png" << QByteArray("<html><script>alert(1)</script></html>") << "HTML";
        QTest::newRow("truncated jpeg")
            << "cut.jpg" << encoded(photoImage(800, 600), "jpeg").left(4000) << "damaged";
        QTest::newRow("svg") << "logo.svg"
                             << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>") << "SVG";
        QTest::newRow("decompression bomb")
            << "bomb.png" << pngClaiming(60000, 60000) << "megapixels";
    }

    void hostileFilesAreRefusedAndNothingChanges()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        auto window = openWindow();
        QVERIFY(window);
        const QString path = writePicture(name, bytes);
        QSignalSpy refused(window->bodyPictures(), &BodyPictures::failed);
        std::unique_ptr<QMimeData> data(filesDropped({path}));
        dropOnBody(*window, data.get(), 0);
        QVERIFY(refused.wait(kWait));
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(said, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(name), qPrintable(message)); // says which file
        QCOMPARE(window->document()->article().body, kBody);
        QCOMPARE(window->statusBar()->currentMessage(), message); // the window tells the editor
        QVERIFY(m_archive->store().pictures({}, 10)->isEmpty());
    }

    // A picture that arrives while the editor types elsewhere lands where it was dropped
    // (after its paragraph, never splitting a word) and leaves the caret alone.
    void aPictureArrivingLeavesTheCaretWhereTheEditorTypes()
    {
        auto window = openWindow();
        QVERIFY(window);
        BodyEditor *body = window->editor()->body();
        ArticleDocument *document = window->document();
        const QString path =
            writePicture(QStringLiteral("big.jpg"), encoded(photoImage(3000, 2000, 8), "jpeg", 90));
        const int midWord = int(kBody.indexOf(QStringLiteral("quay")) + 2);
        window->bodyPictures()->importAt({PictureSource::file(path)}, midWord);
        // Meanwhile the editor types at the end of the second paragraph.
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" More"));
        QTRY_VERIFY_WITH_TIMEOUT(document->article().body.contains(QStringLiteral("media:")),
                                 kWait);
        QTest::keyClicks(body, QStringLiteral(" news."));
        QVERIFY2(document->article().body.endsWith(QStringLiteral("basin. More news.")),
                 qPrintable(document->article().body));
        const QString image =
            picturerefs::markdownImage(picturerefs::usedBy(document->article()).first(), {}, {});
        const QString first = QStringLiteral("The tide rose over the quay at dawn.");
        QVERIFY2(document->article().body.startsWith(first + QStringLiteral("\n\n") + image +
                                                     QStringLiteral("\n\nBy noon")),
                 qPrintable(document->article().body));
    }

    // Cells copied from a spreadsheet come as text with a picture of themselves: text wins.
    void textWithAPictureBesideItPastesAsText()
    {
        auto window = openWindow();
        QVERIFY(window);
        BodyEditor *body = window->editor()->body();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        auto *cells = new QMimeData;
        cells->setText(QStringLiteral("\t42\t17"));
        cells->setImageData(photoImage(200, 40, 2));
        QApplication::clipboard()->setMimeData(cells);
        body->paste();
        QVERIFY(window->document()->article().body.endsWith(QStringLiteral("\t42\t17")));
        QCOMPARE(window->pictureImporter()->pending(), 0);
    }

    // Many files, some hostile: the good ones placed in order, one sentence for the others.
    void aBatchWithRefusalsIsSummedUp()
    {
        auto window = openWindow();
        QVERIFY(window);
        QStringList paths;
        for (int i = 0; i < 4; ++i)
            paths << writePicture(QStringLiteral("good%1.png").arg(i),
                                  encoded(photoImage(300, 200, 20 + i), "png"));
        paths.insert(1, writePicture(QStringLiteral("page.png"), QByteArray("<html></html>")));
        paths.insert(3, writePicture(QStringLiteral("empty.jpg"), QByteArray()));
        QSignalSpy said(window->bodyPictures(), &BodyPictures::failed);
        std::unique_ptr<QMimeData> data(filesDropped(paths));
        dropOnBody(*window, data.get(), int(kBody.size()));
        QVERIFY(said.wait(kWait));
        QCOMPARE(said.count(), 1);
        const QString message = said.first().first().toString();
        QVERIFY2(
            message.startsWith(QStringLiteral("2 of the pictures were not added. The first: ")) &&
                message.contains(QStringLiteral("page.png")),
            qPrintable(message));
        const QList<QByteArray> used = picturerefs::usedBy(window->document()->article());
        QCOMPARE(used.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_archive->store().picture(used[i])->fileName,
                     QStringLiteral("good%1.png").arg(i));
        QCOMPARE(window->document()->undoStack()->count(), 4); // one step each
    }

    // Words typed for a library picture survive the list being asked again (an import, a
    // colleague's change) and are saved.
    void libraryWordsBeingTypedSurviveARefresh()
    {
        const Picture quay = addToArchive(photoImage(1600, 900, 1), QStringLiteral("quay.jpg"),
                                          QStringLiteral("Old caption"), {}, {});
        auto window = openWindow();
        QVERIFY(window);
        window->desk()->show(DeskLayout::Panel::Pictures);
        PictureLibraryPanel *library = window->pictureLibrary();
        QTRY_COMPARE_WITH_TIMEOUT(library->model()->rowCount(), 1, kWait);
        library->list()->setCurrentIndex(library->model()->index(0));
        auto *caption = library->findChildren<QLineEdit *>().at(1); // search, caption, credit, alt
        caption->setFocus();
        caption->selectAll();
        QTest::keyClicks(caption, QStringLiteral("New caption, half"));
        // Another picture comes into the library: the list is asked again.
        addToArchive(photoImage(800, 600, 2), QStringLiteral("other.jpg"), {}, {}, {});
        QSignalSpy listed(library, &PictureLibraryPanel::listed);
        library->refresh();
        QVERIFY(listed.wait(kWait));
        QCOMPARE(library->model()->rowCount(), 2);
        QCOMPARE(library->current().hash, quay.hash);
        QCOMPARE(caption->text(), QStringLiteral("New caption, half"));
        QVERIFY(caption->hasFocus());
        QTest::keyClicks(caption, QStringLiteral(" typed"));
        QTest::keyClick(caption, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_archive->store().picture(quay.hash)->caption,
                                  QStringLiteral("New caption, half typed"), kWait);
    }

    void theLibraryListsSearchesShowsAndDescribes()
    {
        const Picture quay = addToArchive(photoImage(1600, 900, 1), QStringLiteral("quay.jpg"),
                                          QStringLiteral("Water over the quay"),
                                          QStringLiteral("Photo: Ana Ruiz"), {});
        addToArchive(photoImage(1300, 900, 2), QStringLiteral("mayor.jpg"),
                     QStringLiteral("The mayor at the sandbags"), QStringLiteral("Photo: Desk"),
                     {});
        addToArchive(photoImage(1200, 900, 4), QStringLiteral("harbour-crane.jpg"), {}, {}, {});
        auto window = openWindow();
        QVERIFY(window);
        window->desk()->show(DeskLayout::Panel::Pictures);
        PictureLibraryPanel *library = window->pictureLibrary();
        QAbstractItemModelTester tester(library->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(library->model()->rowCount(), 3, kWait);
        QCOMPARE(library->status(), QStringLiteral("3 pictures"));
        // The thumbnails come from the archive, each as it is read.
        for (int row = 0; row < 3; ++row) {
            QTRY_VERIFY_WITH_TIMEOUT(
                !library->model()->index(row).data(Qt::DecorationRole).value<QIcon>().isNull(),
                kWait);
        }

        // Found by caption, credit or file name, accents and case folded.
        QSignalSpy listed(library, &PictureLibraryPanel::listed);
        auto search = [&](const QString &words) {
            library->searchField()->clear();
            listed.clear();
            QTest::keyClicks(library->searchField(), words);
            return listed.wait(kWait);
        };
        QVERIFY(search(QStringLiteral("ANA")));
        QCOMPARE(library->model()->rowCount(), 1);
        QCOMPARE(library->model()->picture(0).hash, quay.hash);
        QVERIFY(search(QStringLiteral("crane")));
        QCOMPARE(library->model()->rowCount(), 1);
        QCOMPARE(library->model()->picture(0).fileName, QStringLiteral("harbour-crane.jpg"));
        QVERIFY(search(QStringLiteral("zebra")));
        QCOMPARE(library->model()->rowCount(), 0);
        QVERIFY(library->status().contains(QStringLiteral("zebra")));

        // Chosen, described (the library's words), placed and made the lead image.
        QVERIFY(search(QStringLiteral("quay")));
        QCOMPARE(library->model()->rowCount(), 1);
        library->list()->setCurrentIndex(library->model()->index(0));
        auto *altText = library->findChildren<QLineEdit *>().at(3); // search, caption, credit, alt
        QVERIFY(altText->isEnabled());
        altText->setText(QStringLiteral("Waves over the stone quay"));
        Q_EMIT altText->editingFinished();
        QTRY_COMPARE_WITH_TIMEOUT(library->current().altText,
                                  QStringLiteral("Waves over the stone quay"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_archive->store().picture(quay.hash)->altText,
                                  QStringLiteral("Waves over the stone quay"), kWait);

        Q_EMIT library->leadRequested(library->current());
        QCOMPARE(window->document()->article().leadImage.altText,
                 QStringLiteral("Waves over the stone quay"));
        window->editor()->body()->moveCursor(QTextCursor::End);
        Q_EMIT library->insertRequested(library->current());
        QVERIFY(window->document()->article().body.endsWith(picturerefs::markdownImage(
            quay.hash, QStringLiteral("Waves over the stone quay"), quay.caption)));
    }

    void aRestoredVersionBringsItsLeadImageBack()
    {
        const Picture quay =
            addToArchive(photoImage(1600, 900, 1), QStringLiteral("quay.jpg"),
                         QStringLiteral("Water over the quay"), QStringLiteral("Photo: Ana Ruiz"),
                         QStringLiteral("Waves"));
        Article withLead = m_story;
        withLead.leadImage = LeadImage{quay.hash, quay.caption, quay.credit, quay.altText};
        auto window = openWindow();
        QVERIFY(window);
        window->document()->replaceContent(withLead, QStringLiteral("Restore version 1"));
        QCOMPARE(window->document()->article().leadImage, withLead.leadImage);
        QTRY_VERIFY_WITH_TIMEOUT(window->leadImage()->about().contains(QStringLiteral("quay.jpg")),
                                 kWait);
        window->document()->undoStack()->undo();
        QVERIFY(window->document()->article().leadImage.isEmpty());
    }

    // An article in the trash is read, not changed: the library's buttons say so.
    void aTrashedArticleTakesNoPicture()
    {
        const Picture quay = addToArchive(photoImage(1600, 900, 1), QStringLiteral("quay.jpg"), {},
                                          {}, QStringLiteral("Waves"));
        QVERIFY(m_archive->store().moveToTrash(m_story.id));
        auto window = openWindowOn(*m_archive);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCheckBox *trash = nullptr;
        for (QCheckBox *box : window->browser()->findChildren<QCheckBox *>()) {
            if (box->text() == QStringLiteral("Trash"))
                trash = box;
        }
        QVERIFY(trash);
        trash->click();
        QVERIFY(openAndWait(*window, m_story.id));
        QTRY_VERIFY(!window->leadImage()->isEnabled());
        QSignalSpy bodySaid(window->bodyPictures(), &BodyPictures::failed);
        QSignalSpy leadSaid(window->leadImage(), &LeadImagePanel::failed);
        Q_EMIT window->pictureLibrary()->insertRequested(quay);
        Q_EMIT window->pictureLibrary()->leadRequested(quay);
        QCOMPARE(bodySaid.count(), 1);
        QCOMPARE(leadSaid.count(), 1);
        QVERIFY(bodySaid.first().first().toString().contains(QStringLiteral("trash")));
        QCOMPARE(window->document()->article().body, kBody);
        QVERIFY(window->document()->article().leadImage.isEmpty());
    }

    void aLeadImageFindingTakesTheEditorToItsField()
    {
        const Picture quay =
            addToArchive(photoImage(1600, 900, 1), QStringLiteral("quay.jpg"), {}, {}, {});
        auto window = openWindow();
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->leadImage()->usePicture(quay);
        auto missingAlt = [&window]() -> std::optional<CheckFinding> {
            for (const CheckFinding &finding : window->checklist()->findings()) {
                if (finding.code == QStringLiteral("lead-image-missing-alt"))
                    return finding;
            }
            return std::nullopt;
        };
        window->checklist()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(missingAlt().has_value(), kWait);
        QVERIFY(missingAlt()->field == ArticleField::LeadImage);
        Q_EMIT window->checklist()->findingActivated(*missingAlt());
        QTRY_COMPARE(QApplication::focusWidget(), window->leadImage()->altTextInput());
    }
};

QTEST_MAIN(TestPictureDesk)
#include "tst_picturedesk.moc"
