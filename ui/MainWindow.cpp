#include "MainWindow.h"

#include "ArchiveGateway.h"
#include "DeskLayout.h"
#include "DeskPresence.h"
#include "LiveRefresh.h"
#include "OfflineStatus.h"
#include "OnAnswer.h"
#include "app/BackupScheduler.h"
#include "app/IdleHeapTrim.h"
#include "archives/ArchiveOpener.h"
#include "archives/RecentArchivesMenu.h"
#include "archives/ServerDialog.h"
#include "browser/ArchiveBrowser.h"
#include "browser/ArchiveListModel.h"
#include "conflict/ConflictResolver.h"
#include "editor/ArticleDetails.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/Autosaver.h"
#include "editor/BodyEditor.h"
#include "editor/ChecklistPanel.h"
#include "editor/ConflictBar.h"
#include "editor/DeskNotesPanel.h"
#include "editor/EditorSession.h"
#include "editor/FindBar.h"
#include "editor/JournalWriter.h"
#include "editor/LengthProgress.h"
#include "editor/OutlinePanel.h"
#include "editor/PresenceBar.h"
#include "editor/RecoveryBar.h"
#include "editor/SaveProblemBar.h"
#include "editor/SpellChecker.h"
#include "editor/WrappingLineEdit.h"
#include "export/ExportController.h"
#include "export/SitePublisher.h"
#include "pictures/BodyPictures.h"
#include "pictures/LeadImagePanel.h"
#include "pictures/PictureImporter.h"
#include "pictures/PictureLibraryPanel.h"
#include "pictures/PictureThumbnails.h"
#include "preview/PreviewLinks.h"
#include "preview/PreviewPictures.h"
#include "preview/PreviewWidget.h"
#include "related/RelatedPanel.h"
#include "revisions/RevisionsDialog.h"
#include "settings/AppSettings.h"
#include "settings/Appearance.h"
#include "settings/PreferencesDialog.h"
#include "store/ArchiveAddress.h"
#include "store/ArchiveBackup.h"
#include "store/DelayedArticleStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "newsroom.window", QtWarningMsg)

namespace newsroom {

namespace {
const QKeySequence kSearchArchiveKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
// Lines of the body a text column holds at most, in average characters: a page's measure.
// Wide enough for Markdown hard-wrapped at 80 columns, which would wrap twice in a narrower one.
constexpr int kReadableWidth = 88;

// `keys` on every desktop, then the desktop's own keys for the command (those another
// command of the window already uses left out).
QList<QKeySequence> everywhereAndNative(const QKeySequence &keys, QKeySequence::StandardKey native)
{
    QList<QKeySequence> all{keys};
    for (const QKeySequence &own : QKeySequence::keyBindings(native)) {
        if (!all.contains(own) && own != kSearchArchiveKeys)
            all.append(own);
    }
    return all;
}

// Selects the first `text` in the input (all of a one-line input when there is none), as
// the checklist's "go there" does.
void selectIn(QWidget *input, const QString &text)
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(input)) {
        QTextCursor found =
            text.isEmpty() ? QTextCursor()
                           : edit->document()->find(text, 0, QTextDocument::FindCaseSensitively);
        if (!found.isNull()) {
            edit->setTextCursor(found);
            edit->ensureCursorVisible();
        }
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(input))
        input = combo->lineEdit();
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        const qsizetype at = text.isEmpty() ? -1 : line->text().indexOf(text);
        if (at >= 0)
            line->setSelection(int(at), int(text.size()));
        else
            line->selectAll();
    }
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<ArchiveGateway> gateway, const QString &archivePath,
                       QWidget *parent)
    : QMainWindow(parent), m_gateway(std::move(gateway)), m_archivePath(archivePath),
      m_archiveName(ArchiveAddress::shortName(archivePath)), m_opener(new ArchiveOpener(this)),
      m_session(new EditorSession(*m_gateway, archivePath, EditJournal::defaultFolder(), this)),
      m_spell(new SpellChecker(this))
{
    m_export = new ExportController(*m_gateway, this);
    m_backups = new BackupScheduler(archivePath, this);
    m_previewLinks = new PreviewLinks(*m_gateway, this);
    m_previewPictures = new PreviewPictures(*m_gateway, this);
    m_publisher = new SitePublisher(*m_gateway, *m_export, this);
    buildLayout();
    buildMenus();
    m_desk->restore();
    applyPreferences();
    connectSession();

    connect(m_previewLinks, &PreviewLinks::linksChanged, this, &MainWindow::updatePreview);
    connect(m_previewPictures, &PreviewPictures::picturesChanged, this, &MainWindow::updatePreview);
    m_preview->setArchive(m_gateway.get());
    if (IdleHeapTrim *trim = IdleHeapTrim::instance())
        trim->releaseOnIdle(m_gateway.get());
    connect(m_backups, &BackupScheduler::finished, this, &MainWindow::showMessage);
    connect(m_backups, &BackupScheduler::failed, this, &MainWindow::showMessage);
    connect(m_export, &ExportController::exported, this,
            [this](const QString &, const QString &summary) { showMessage(summary); });
    connect(m_publisher, &SitePublisher::published, this, &MainWindow::showMessage);
    connect(m_publisher, &SitePublisher::failed, this, &MainWindow::showMessage);
    connect(m_export, &ExportController::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Export"), message); });

    // What the first screen does not need waits until the window is up.
    QTimer::singleShot(0, this, [this] {
        refreshCompletions();
        applySpellLanguage();
    });
    showMessage(tr("Archive %1").arg(QDir::toNativeSeparators(archivePath)));
    // The count once the list has it (counted by the list already).
    connect(
        m_browser->model(), &ArchiveListModel::loaded, this,
        [this, archivePath] {
            showMessage(
                tr("Archive %1: %Ln article(s)", nullptr, int(m_browser->model()->totalCount()))
                    .arg(QDir::toNativeSeparators(archivePath)));
        },
        Qt::SingleShotConnection);
    openFirstOrNew();
    m_session->offerLeftBehind();
    m_presence = new DeskPresence(*m_gateway, *m_session, *m_browser->model(), *m_presenceBar);
    showReadOnlyArchive();

    // Another window, process or colleague saving: heard at once from a server archive,
    // seen within a second in a file (SQLite's data_version, a query that reads no disk).
    if (m_gateway->hearsChanges()) {
        auto *live = new LiveRefresh(
            *m_gateway, *m_browser->model(), [this] { return autosaver()->isSaving(); }, this);
        connect(live, &LiveRefresh::refreshDue, this, &MainWindow::refreshFromArchive);
        // The server gone: the autosave keeps trying, the journal keeps every change; back,
        // the waiting save goes at once.
        m_offline = new OfflineStatus(*m_gateway, this);
        statusBar()->addPermanentWidget(m_offline);
        connect(m_offline, &OfflineStatus::backOnline, autosaver(), &Autosaver::saveSoon);
        return;
    }
    auto *outside = new QTimer(this);
    outside->setInterval(kOutsideChangesInterval);
    connect(outside, &QTimer::timeout, this, &MainWindow::checkOutsideChanges);
    outside->start();
}

void MainWindow::connectSession()
{
    ArticleDocument *document = m_session->document();
    Autosaver *autosaver = m_session->autosaver();
    connect(document, &ArticleDocument::contentChanged, this, &MainWindow::updatePreview);
    connect(document, &ArticleDocument::loaded, this, &MainWindow::updatePreview);
    connect(document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Headline)
            updateTitle();
    });
    connect(document, &ArticleDocument::loaded, this, &MainWindow::updateTitle);
    connect(autosaver, &Autosaver::saved, this, &MainWindow::onSaved);
    connect(autosaver, &Autosaver::conflicted, this, &MainWindow::onConflict);
    connect(autosaver, &Autosaver::failed, this, [this](const QString &message) {
        m_saveState->setText(tr("Not saved"));
        m_saveProblem->setArchiveProblem(message);
    });
    connect(autosaver->journal(), &JournalWriter::failed, m_saveProblem,
            &SaveProblemBar::setJournalProblem);
    connect(autosaver->journal(), &JournalWriter::recovered, m_saveProblem,
            [this] { m_saveProblem->setJournalProblem({}); });

    connect(m_session, &EditorSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &EditorSession::message, this, &MainWindow::showMessage);
    connect(m_session, &EditorSession::listChanged, this, [this](qint64 select) {
        m_browser->reload();
        m_browser->select(select);
    });
    connect(m_session, &EditorSession::movedToTrash, this, [this](const QString &headline) {
        m_browser->reload();
        openFirstOrNew();
        showMessage(tr("\u201c%1\u201d moved to the trash; tick Trash in the list to restore it.")
                        .arg(headline));
    });
    connect(m_session, &EditorSession::publishBlocked, this, [this](const QStringList &errors) {
        m_checklist->refresh();
        m_desk->show(DeskLayout::Panel::Checklist);
        QMessageBox::warning(this, tr("Not Ready to Publish"),
                             tr("Fix these first:") + QStringLiteral("\n\n• ") +
                                 errors.join(QStringLiteral("\n• ")));
    });
    connect(m_session, &EditorSession::publishNeedsConfirmation, this, &MainWindow::confirmPublish);
    connect(m_session, &EditorSession::recoveryOffered, m_recoveryBar, &RecoveryBar::offer);
    connect(m_session, &EditorSession::nothingToRecover, m_recoveryBar, &QWidget::hide);
    connect(m_recoveryBar, &RecoveryBar::restoreRequested, this,
            [this] { m_session->takeRecovered(m_recoveryBar->entry(), m_recoveryBar->kind()); });
    connect(m_recoveryBar, &RecoveryBar::discardRequested, this,
            [this] { m_session->discardRecovered(m_recoveryBar->entry(), m_recoveryBar->kind()); });
    connect(m_conflictBar, &ConflictBar::reloadRequested, m_session,
            &EditorSession::loadTheirVersion);
    connect(m_conflictBar, &ConflictBar::keepMineRequested, m_session, &EditorSession::keepMine);
    auto *conflicts = new ConflictResolver(*m_gateway, *m_session, this);
    connect(m_conflictBar, &ConflictBar::compareRequested, conflicts, &ConflictResolver::compare);
    connect(conflicts, &ConflictResolver::message, this, &MainWindow::showMessage);
}

ArticleDocument *MainWindow::document() const
{
    return m_session->document();
}

Autosaver *MainWindow::autosaver() const
{
    return m_session->autosaver();
}

void MainWindow::showReadOnlyArchive()
{
    const QString damage = m_gateway->damageFound();
    m_saveProblem->offerRestore(!damage.isEmpty());
    m_saveProblem->setToolTip(damage); // SQLite's finding, for whoever looks into it
    if (!damage.isEmpty()) {
        m_saveProblem->setArchiveProblem(
            tr("The archive is damaged, so it opened read-only: read and export what it still "
               "holds, or restore a backup to go on writing."));
    } else if (m_gateway->isReadOnly()) {
        m_saveProblem->setArchiveProblem(
            tr("This archive is read-only here (its file, folder or disk): you can read, search "
               "and export it, and what you type is kept on this computer only."));
    }
}

void MainWindow::chooseBackupToRestore()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore Archive from Backup"),
                                                      appsettings::backupFolder(),
                                                      tr("Newsroom archives (*.newsroom)"));
    if (file.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace the archive's content with the backup %1?\n\nThe archive as it is now is "
           "kept first, as a copy beside it; nothing is deleted.")
            .arg(QDir::toNativeSeparators(file)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restoreFromBackup(file);
}

bool MainWindow::restoreFromBackup(const QString &file)
{
    saveNow(); // what is typed goes into the copy kept aside
    autosaver()->journalNow();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = ArchiveBackup::restore(m_archivePath, file);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::warning(this, tr("Restore from Backup"), restored.error().message);
        return false;
    }
    const bool wasDamaged = !m_gateway->damageFound().isEmpty();
    if (wasDamaged) {
        // The connections are still the read-only ones opened on the damage.
        if (auto reopened = m_gateway->reopen(); !reopened) {
            QMessageBox::warning(this, tr("Restore from Backup"), reopened.error().message);
            return false;
        }
        m_saveProblem->setArchiveProblem({});
        showReadOnlyArchive();
    }
    const qint64 open = m_session->article().id;
    m_browser->reload();
    if (wasDamaged && autosaver()->hasUnsavedChanges()) {
        // Typed while the archive was damaged, so only in the journal: it stays in the
        // editor, and saving it over the backup's version asks first (the conflict bar).
        saveNow();
    } else {
        onAnswer(m_gateway->article(open), this, [this, open](const StoreResult<Article> &article) {
            if (m_session->article().id != open)
                return; // the editor moved on meanwhile
            if (article)
                document()->load(*article);
            else
                openFirstOrNew();
        });
    }
    showMessage(
        tr("Restored the archive from %1. The archive as it was is kept in %2.")
            .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(restored->keptAside)));
    return true;
}

void MainWindow::checkOutsideChanges()
{
    if (m_checkingOutside)
        return; // the last look has not come back yet
    m_checkingOutside = true;
    onAnswer(m_gateway->outsideChanges(), this, [this](const StoreResult<qint64> &counter) {
        m_checkingOutside = false;
        if (!counter || *counter == m_outsideChanges)
            return;
        if (autosaver()->isSaving())
            return; // our own save may be half-adopted: look again next time
        m_outsideChanges = *counter;
        refreshFromArchive();
    });
}

void MainWindow::refreshFromArchive(const QList<qint64> &changed)
{
    m_previewLinks->forget(); // a linked article may have a new slug
    // A picture may be new, or described anew.
    m_previewPictures->forget();
    m_related->refreshFromArchive();
    m_pictureLibrary->refresh();
    m_thumbnails->forgetProblems(); // a picture that could not be read is asked for again
    if (m_presence)
        m_presence->refresh();
    const Article &open = m_session->article();
    // A colleague's note changes no version; read only when it may be on this article, not
    // at every save anywhere in a busy newsroom.
    if (changed.isEmpty() || changed.contains(open.id))
        m_deskNotes->reload();
    m_browser->refreshFromArchive(open.id);
    if (open.id != 0 && !autosaver()->isInConflict())
        lookForTheirVersion(open.id, open.version);
}

// The open article changed elsewhere: theirs is shown if nothing of ours is unsaved, else
// the conflict bar lets the editor choose.
// Every save of ours counts as a change here too (the lanes' connections see each other's
// commits): the version number is asked first, and the article only when it is newer.
void MainWindow::lookForTheirVersion(qint64 id, qint64 ours)
{
    onAnswer(m_gateway->version(id), this, [this, id, ours](const StoreResult<qint64> &theirs) {
        if (theirs && *theirs > ours)
            takeTheirVersion(id, ours);
    });
}

void MainWindow::takeTheirVersion(qint64 id, qint64 ours)
{
    onAnswer(m_gateway->article(id), this, [this, id, ours](const StoreResult<Article> &theirs) {
        if (!theirs || theirs->version <= ours || m_session->article().id != id ||
            autosaver()->isInConflict())
            return;
        if (autosaver()->hasUnsavedChanges()) {
            autosaver()->noticeConflict(
                tr("\u201c%1\u201d was changed elsewhere (another window, process or colleague) "
                   "while you were editing it. Nothing is overwritten until you choose.")
                    .arg(m_session->article().headline));
            return;
        }
        // Nothing of ours is unsaved: show theirs, keeping the cursor where it was.
        const int position = m_editor->body()->textCursor().position();
        document()->load(*theirs);
        QTextCursor cursor = m_editor->body()->textCursor();
        cursor.setPosition(std::min(position, m_editor->body()->document()->characterCount() - 1));
        m_editor->body()->setTextCursor(cursor);
        showMessage(tr("\u201c%1\u201d was updated elsewhere; this is the newest version.")
                        .arg(theirs->headline));
    });
}

// The newest article in the list as it is filtered, or a blank page when there is none.
void MainWindow::openFirstOrNew()
{
    const quint64 opens = m_session->openCount();
    onAnswer(m_gateway->list(m_browser->model()->filter(), 1, 0), this,
             [this, opens](const StoreResult<QList<ArticleSummary>> &first) {
                 if (m_session->openCount() != opens)
                     return; // the editor (or --open) chose an article meanwhile
                 if (first && !first->isEmpty())
                     openArticle(first->first().id);
                 else
                     newArticle();
             });
}

MainWindow::~MainWindow()
{
    delete m_presence; // notes the open article closed, through the gateway still here
}

void MainWindow::buildLayout()
{
    ArticleDocument &document = *m_session->document();
    m_browser = new ArchiveBrowser(*m_gateway);
    m_editor = new ArticleEditor(document, m_spell);
    m_related = new RelatedPanel(document, *m_gateway);
    m_checklist = new ChecklistPanel(document, *m_gateway);
    m_preview = new PreviewWidget;
    m_conflictBar = new ConflictBar;
    m_recoveryBar = new RecoveryBar;
    m_saveProblem = new SaveProblemBar;
    m_presenceBar = new PresenceBar;
    m_length = new LengthProgress(document);
    statusBar()->addPermanentWidget(m_length);
    m_saveState = new QLabel;
    statusBar()->addPermanentWidget(m_saveState);
    m_archiveState = new QLabel(archiveState());
    m_archiveState->setToolTip(m_archivePath); // never a password (ArchiveAddress::forDisplay)
    statusBar()->addPermanentWidget(m_archiveState);

    m_details = new ArticleDetails(document);
    m_deskNotes = new DeskNotesPanel(*m_gateway, document);
    m_outline = new OutlinePanel(m_editor->body());

    auto *storyColumn = new QWidget;
    auto *storyLayout = new QVBoxLayout(storyColumn);
    storyLayout->setContentsMargins(0, 0, 0, 0);
    storyLayout->setSpacing(0);
    storyLayout->addWidget(m_recoveryBar);
    storyLayout->addWidget(m_saveProblem);
    storyLayout->addWidget(m_conflictBar);
    storyLayout->addWidget(m_presenceBar);
    storyLayout->addWidget(m_editor, 1);
    setCentralWidget(storyColumn);

    m_desk = new DeskLayout(this);
    m_desk->setStoryInput(m_editor->body()); // F6 to the story puts the cursor in the text
    using Panel = DeskLayout::Panel;
    m_desk->addPanel(Panel::Archive, tr("Archive"), m_browser);
    m_desk->addPanel(Panel::Outline, tr("Outline"), m_outline);
    // The details, then the desk's thread beneath them: one panel, one scroll.
    auto *detailsColumn = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsColumn);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    buildPictures(detailsLayout);
    detailsLayout->addWidget(m_deskNotes, 1);
    m_deskNotes->setContentsMargins(9, 0, 9, 9); // in line with the form's fields
    auto *detailsScroll = new QScrollArea;
    detailsScroll->setWidget(detailsColumn);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus); // its fields take focus, not the frame
    m_desk->addPanel(Panel::Details, tr("Details"), detailsScroll);
    m_desk->addPanel(Panel::Related, tr("Related Articles"), m_related);
    QDockWidget *checklist = m_desk->addPanel(Panel::Checklist, tr("Checklist"), m_checklist);
    m_desk->addPanel(Panel::Preview, tr("Preview"), m_preview);
    m_desk->addPanel(Panel::Pictures, tr("Pictures"), m_pictureLibrary);
    connect(m_checklist, &ChecklistPanel::summaryChanged, checklist, &QWidget::setWindowTitle);
    connect(m_checklist, &ChecklistPanel::findingActivated, this, &MainWindow::goToFinding);
    connect(m_checklist, &ChecklistPanel::articleRequested, this, &MainWindow::openArticle);

    connect(m_browser, &ArchiveBrowser::articleSelected, this, &MainWindow::openArticle);
    connect(m_browser, &ArchiveBrowser::errorOccurred, this, &MainWindow::showMessage);
    connect(m_related, &RelatedPanel::openArticleRequested, this, &MainWindow::openArticle);
    connect(m_preview, &PreviewWidget::renderFailed, this, &MainWindow::showMessage);
    connect(m_editor->body(), &BodyEditor::currentHeadingChanged, m_preview,
            &PreviewWidget::scrollToHeading);
    connect(m_details, &ArticleDetails::publishRequested, this, &MainWindow::requestPublish);
    connect(m_saveProblem, &SaveProblemBar::retryRequested, m_session->autosaver(),
            &Autosaver::saveSoon);
    connect(m_saveProblem, &SaveProblemBar::restoreRequested, this,
            &MainWindow::chooseBackupToRestore);
}

// The lead image under the details; the picture library is a panel of its own.
void MainWindow::buildPictures(QVBoxLayout *detailsColumn)
{
    ArticleDocument &document = *m_session->document();
    m_pictureImporter = new PictureImporter(*m_gateway, this);
    m_thumbnails = new PictureThumbnails(*m_gateway, this);
    m_leadImage = new LeadImagePanel(document, *m_gateway, *m_pictureImporter, *m_thumbnails);
    detailsColumn->addWidget(m_leadImage);
    m_bodyPictures =
        new BodyPictures(document, m_editor->body(), *m_gateway, *m_pictureImporter, this);
    m_pictureLibrary = new PictureLibraryPanel(*m_gateway, *m_pictureImporter, *m_thumbnails);
    connect(m_pictureLibrary, &PictureLibraryPanel::failed, this, &MainWindow::showMessage);
    // The preview shows a picture stored or described here at once (a server archive does
    // not tell a window of its own writes).
    connect(m_pictureImporter, &PictureImporter::imported, m_previewPictures,
            &PreviewPictures::forget);
    connect(m_pictureLibrary, &PictureLibraryPanel::described, m_previewPictures,
            &PreviewPictures::forget);
    connect(m_pictureImporter, &PictureImporter::pendingChanged, this, [this](int pending) {
        if (pending > 0)
            statusBar()->showMessage(tr("Adding %n picture(s) to the archive…", "", pending));
        else if (statusBar()->currentMessage().startsWith(tr("Adding")))
            statusBar()->clearMessage();
    });
    connect(m_bodyPictures, &BodyPictures::failed, this, &MainWindow::showMessage);
    connect(m_leadImage, &LeadImagePanel::failed, this, &MainWindow::showMessage);
    connect(m_pictureLibrary, &PictureLibraryPanel::insertRequested, m_bodyPictures,
            &BodyPictures::insert);
    connect(m_pictureLibrary, &PictureLibraryPanel::leadRequested, m_leadImage,
            &LeadImagePanel::usePicture);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Article"), QKeySequence::New, this, &MainWindow::newArticle);
    file->addAction(tr("D&uplicate Article"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this,
                    &MainWindow::duplicateArticle);
    file->addAction(tr("Move to &Trash"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this,
                    &MainWindow::deleteArticle);
    file->addAction(tr("&Restore from Trash"), this, &MainWindow::restoreArticle);
    file->addAction(tr("Open Newsroom &Server…"), this, &MainWindow::chooseServer);
    m_recent = new RecentArchivesMenu(this);
    file->addMenu(m_recent);
    connect(m_recent, &RecentArchivesMenu::openRequested, this, &MainWindow::openArchive);
    connect(m_opener, &ArchiveOpener::opened, this, &MainWindow::showOpenedArchive);
    connect(m_opener, &ArchiveOpener::notice, this, &MainWindow::showMessage);
    connect(m_opener, &ArchiveOpener::failed, m_recent, &RecentArchivesMenu::offerToForget);
    file->addSeparator();
    file->addAction(tr("Restore Archive from &Backup…"), this, &MainWindow::chooseBackupToRestore);
    file->addAction(tr("Back Up the Archive &Now"), m_backups, &BackupScheduler::backUpNow);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("This &Page as HTML…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                          [this] { m_export->exportPage(m_session->article()); });
    exportMenu->addAction(tr("This Article as &Markdown…"), this,
                          [this] { m_export->exportMarkdown(m_session->article()); });
    exportMenu->addAction(tr("The Whole &Site…"), this, [this] {
        saveNow();
        m_export->exportSite();
    });
    file->addSeparator();
    // Some desktops define no Preferences key; Ctrl+, is what editors reach for then.
    const QKeySequence preferencesKey = QKeySequence(QKeySequence::Preferences).isEmpty()
                                            ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                            : QKeySequence(QKeySequence::Preferences);
    file->addAction(tr("Pre&ferences…"), preferencesKey, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            applyPreferences();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = document()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = document()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find in Body…"), QKeySequence::Find, m_editor->findBar(),
                    &FindBar::showFind);
    // Ctrl+H on every desktop (some define no Replace key), and the desktop's own too.
    QAction *replace =
        edit->addAction(tr("Find and R&eplace…"), m_editor->findBar(), &FindBar::showReplace);
    replace->setShortcuts(
        everywhereAndNative(QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence::Replace));
    edit->addAction(tr("&Search the Archive"), kSearchArchiveKeys, this, [this] {
        m_browser->searchField()->setFocus();
        m_browser->searchField()->selectAll();
    });

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_editor->formatActions());
    format->addSeparator();
    format->addAction(tr("Insert &Picture…"), m_bodyPictures, &BodyPictures::chooseFiles);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addAction(tr("&Publish…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                       &MainWindow::requestPublish);
    article->addAction(tr("&Revisions…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                       &MainWindow::showRevisions);
    article->addAction(tr("&Checklist"), this, [this] {
        m_checklist->refresh();
        m_desk->show(DeskLayout::Panel::Checklist);
    });

    buildViewMenu();
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_desk->toggleActions());
    view->addAction(tr("Put the Panels &Back"), m_desk, &DeskLayout::arrangeDefault);
    view->addAction(tr("Find a P&icture"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                    [this] {
                        m_desk->show(DeskLayout::Panel::Pictures);
                        m_pictureLibrary->searchField()->setFocus(Qt::ShortcutFocusReason);
                        m_pictureLibrary->searchField()->selectAll();
                    });
    view->addAction(tr("&Next Pane"), QKeySequence(Qt::Key_F6), m_desk, &DeskLayout::focusNextPane);
    view->addAction(tr("Pre&vious Pane"), QKeySequence(Qt::SHIFT | Qt::Key_F6), m_desk,
                    &DeskLayout::focusPreviousPane);
    view->addSeparator();

    BodyEditor *body = m_editor->body();
    QAction *focus =
        view->addAction(tr("F&ocus Mode"), QKeySequence(Qt::Key_F8), this, [body](bool on) {
            body->setFocusMode(on);
            appsettings::setFocusMode(on);
        });
    focus->setCheckable(true);
    focus->setChecked(appsettings::focusMode());
    body->setFocusMode(focus->isChecked());
    QAction *typewriter = view->addAction(tr("&Typewriter Scrolling"), QKeySequence(Qt::Key_F9),
                                          this, [body](bool on) {
                                              body->setTypewriterScrolling(on);
                                              appsettings::setTypewriterScrolling(on);
                                          });
    typewriter->setCheckable(true);
    typewriter->setChecked(appsettings::typewriterScrolling());
    body->setTypewriterScrolling(typewriter->isChecked());
    // F11 everywhere, whatever else the desktop's own full-screen key is.
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setShortcuts(
        everywhereAndNative(QKeySequence(Qt::Key_F11), QKeySequence::FullScreen));
    fullScreen->setCheckable(true);
    view->addSeparator();

    auto *devices = new QActionGroup(this);
    const std::pair<QString, PreviewWidget::Device> widths[] = {
        {tr("Preview at &Desktop Width"), PreviewWidget::Device::Desktop},
        {tr("Preview at T&ablet Width"), PreviewWidget::Device::Tablet},
        {tr("Preview at &Phone Width"), PreviewWidget::Device::Phone}};
    for (const auto &[label, device] : widths) {
        QAction *action =
            view->addAction(label, this, [this, device] { m_preview->setDevice(device); });
        action->setCheckable(true);
        action->setChecked(device == PreviewWidget::Device::Desktop);
        devices->addAction(action);
    }
}

void MainWindow::applyPreferences()
{
    applyAppearance(appsettings::appearance());
    const CheckLimits limits = appsettings::limits();
    m_editor->setLimits(limits);
    m_checklist->setLimits(limits);
    m_editor->setEditorFont(appsettings::editorFont());
    m_editor->body()->setReadableWidth(kReadableWidth);
    if (isVisible()) // at start-up it loads once the window shows
        applySpellLanguage();
    const QString themeFolder = appsettings::themeFolder();
    if (themeFolder != m_themeFolder) { // back to the built-in theme too
        m_themeFolder = themeFolder;
        auto theme = themeFolder.isEmpty() ? StoreResult<Theme>(Theme::builtIn())
                                           : Theme::fromFolder(themeFolder);
        if (theme)
            m_preview->setTheme(*theme);
        else
            showMessage(theme.error().message);
    }
}

void MainWindow::applySpellLanguage()
{
    if (m_spell->language() != appsettings::spellLanguage())
        m_spell->setLanguage(appsettings::spellLanguage());
}

void MainWindow::refreshCompletions()
{
    onAnswer(m_gateway->completions(), this,
             [this](const StoreResult<std::pair<QStringList, QStringList>> &lists) {
                 if (!lists)
                     return; // completion is a help, not a need: typing goes on without it
                 m_details->setCompletions(lists->first, lists->second);
                 m_browser->setCompletions(lists->first, lists->second);
             });
    onAnswer(
        m_gateway->run<QStringList>(ArchiveGateway::Lane::Reads,
                                    [](ArticleStore &store) { return store.assignableUsers(); }),
        this, [this](const StoreResult<QStringList> &users) {
            if (users) // a help too: any name can be typed
                m_details->setAssignableUsers(*users);
        });
}

bool MainWindow::saveNow()
{
    return m_session->saveNow();
}

void MainWindow::openArticle(qint64 id)
{
    m_session->open(id);
}

void MainWindow::onOpened(qint64 id)
{
    m_conflictBar->hide();
    const bool trashed = id != 0 && m_browser->showsTrash();
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_editor, m_details, m_leadImage, m_related})
        part->setEnabled(!trashed);
    m_browser->select(id);
    if (id == 0) {
        m_saveState->clear();
        m_editor->headline()->setFocus();
    } else {
        m_saveState->setText(tr("Saved"));
    }
}

void MainWindow::newArticle()
{
    m_session->newArticle();
}

void MainWindow::duplicateArticle()
{
    m_session->duplicate();
}

void MainWindow::deleteArticle()
{
    m_session->moveToTrash();
}

void MainWindow::restoreArticle()
{
    if (!m_browser->showsTrash())
        return;
    m_session->restoreFromTrash();
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_editor, m_details, m_leadImage, m_related})
        part->setEnabled(true);
}

void MainWindow::requestPublish()
{
    m_session->requestPublish(appsettings::limits());
}

void MainWindow::goToFinding(const CheckFinding &finding)
{
    if (finding.field == ArticleField::Related) {
        m_desk->show(DeskLayout::Panel::Related);
        m_related->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (finding.field == ArticleField::LeadImage) {
        m_desk->show(DeskLayout::Panel::Details);
        QWidget *input = finding.code.contains(QLatin1String("credit"))
                             ? m_leadImage->creditInput()
                             : m_leadImage->altTextInput();
        input->setFocus(Qt::OtherFocusReason);
        return;
    }
    QWidget *input = m_editor->inputFor(*finding.field);
    if (!input) {
        m_desk->show(DeskLayout::Panel::Details);
        input = m_details->inputFor(*finding.field);
    }
    if (!input)
        return;
    input->setFocus(Qt::OtherFocusReason);
    selectIn(input, finding.excerpt);
}

void MainWindow::confirmPublish(const QStringList &warnings)
{
    m_checklist->refresh();
    m_desk->show(DeskLayout::Panel::Checklist);
    const auto answer = QMessageBox::question(
        this, tr("Publish Anyway?"),
        tr("The checklist has warnings:") + QStringLiteral("\n\n• ") +
            warnings.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n") + tr("Publish anyway?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_session->publish();
}

void MainWindow::showRevisions()
{
    const Article &article = m_session->article();
    if (article.isNew())
        return;
    saveNow(); // the dialog lists what the archive has, this last save included
    RevisionsDialog dialog(*m_gateway, article, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen()) {
        document()->replaceContent(*dialog.chosen(),
                                   tr("Restore version %1").arg(dialog.chosen()->version));
        m_session->autosaver()->saveSoon();
    }
}

void MainWindow::updatePreview()
{
    const Article &article = m_session->article();
    PageContext context = m_previewLinks->contextFor(article);
    context.pictures = m_previewPictures->shelfFor(article);
    m_preview->showArticle(article, context);
}

void MainWindow::updateTitle()
{
    const QString headline = m_session->article().headline.trimmed();
    setWindowTitle(tr("%1 \u2014 %2")
                       .arg(headline.isEmpty() ? tr("Untitled Article") : headline, m_archiveName));
}

QString MainWindow::archiveState() const
{
    const QString role = m_gateway->signedInAs();
    return role.isEmpty() ? m_archiveName
                          : tr("%1 \u00b7 signed in as %2").arg(m_archiveName, role);
}

void MainWindow::chooseServer()
{
    ServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openArchive(dialog.address());
}

void MainWindow::openArchive(const QString &address)
{
    showMessage(tr("Opening %1\u2026").arg(ArchiveAddress::shortName(address)));
    m_opener->open(address);
}

// The new archive gets a window of its own, as main() makes the first; this one saves and
// goes (unless the editor keeps it to save what the archive refused).
void MainWindow::showOpenedArchive(const QString &address)
{
    auto opened = m_opener->takeOpened();
    if (!opened)
        return;
    const auto opener = DelayedArticleStore::delayed(std::move(opened->opener),
                                                     DelayedArticleStore::delayFromEnvironment());
    auto *window =
        new MainWindow(std::make_unique<ArchiveGateway>(std::move(opened->store), opener), address);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
}

void MainWindow::onSaved()
{
    m_publisher->articleSaved(m_session->article());
    m_deskNotes->articleSaved();
    m_saveProblem->setArchiveProblem({});
    m_conflictBar->hide(); // a save went through: whatever conflict there was is settled
    const Article &article = m_session->article();
    m_saveState->setText(
        tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (m_browser->model()->rowOf(article.id) >= 0) {
        onAnswer(m_gateway->summary(article.id), this,
                 [this](const StoreResult<ArticleSummary> &summary) {
                     if (summary)
                         m_browser->model()->updateRow(*summary);
                 });
    } else if (!m_browser->model()->isSearching()) {
        m_browser->reload(); // a new article joins the list
        m_browser->select(article.id);
    }
}

void MainWindow::onConflict(const QString &message)
{
    m_saveProblem->setArchiveProblem({}); // the archive answers again: the conflict says the rest
    m_saveState->setText(tr("Not saved: changed elsewhere"));
    m_conflictBar->showConflict(message);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::quitWithoutAsking()
{
    m_quitting = true;
    close();
}

// Unsaved text is never closed away without a word; a signal (logout, service manager)
// cannot ask, and the journal keeps the text for the next start either way.
void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!saveNow() && autosaver()->hasUnsavedChanges() && !m_quitting) {
        const auto answer = QMessageBox::warning(
            this, tr("Not Saved"),
            tr("Your latest changes to \u201c%1\u201d are not in the archive yet.\n\n%2\n\n"
               "They are kept on this computer and offered back the next time you open this "
               "archive.")
                .arg(m_session->article().headline, autosaver()->isInConflict()
                                                        ? m_conflictBar->message()
                                                        : m_saveProblem->message()),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    autosaver()->journalNow();
    m_desk->save();
    event->accept();
}

} // namespace newsroom
