#include "MainWindow.h"

#include "app/BackupScheduler.h"
#include "browser/ArchiveBrowser.h"
#include "checks/ArticleChecklist.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/Autosaver.h"
#include "editor/BodyEditor.h"
#include "editor/ChecklistPanel.h"
#include "editor/ConflictBar.h"
#include "editor/FindBar.h"
#include "editor/JournalWriter.h"
#include "editor/RecoveryBar.h"
#include "editor/SaveProblemBar.h"
#include "editor/SpellChecker.h"
#include "export/ExportController.h"
#include "model/ArchiveListModel.h"
#include "model/ArticleDiff.h"
#include "model/ArticleJson.h"
#include "preview/PreviewWidget.h"
#include "related/RelatedPanel.h"
#include "render/PageLinks.h"
#include "revisions/RevisionsDialog.h"
#include "settings/AppSettings.h"
#include "settings/Appearance.h"
#include "settings/PreferencesDialog.h"
#include "store/ArchiveBackup.h"
#include "store/ArticleStore.h"
#include "store/SqliteArticleStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "newsroom.window", QtWarningMsg)

namespace newsroom {

MainWindow::MainWindow(std::unique_ptr<ArticleStore> store, const QString &archivePath,
                       QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store)), m_archivePath(archivePath),
      m_document(new ArticleDocument(this)), m_spell(new SpellChecker(this))
{
    // Timed saves and the site export run on workers, each with its own connection.
    const StoreOpener openStore = SqliteArticleStore::opener(archivePath);
    m_autosaver = new Autosaver(*m_store, *m_document, openStore, this);
    m_autosaver->keepJournal(EditJournal::defaultFolder(), archivePath);
    // Journals from sessions that ended before the archive had their text; read now, before
    // this session writes any of its own.
    m_leftBehind = EditJournal::leftBehind(EditJournal::defaultFolder(), archivePath);
    m_export = new ExportController(*m_store, openStore, this);
    m_backups = new BackupScheduler(archivePath, this);
    buildLayout();
    buildMenus();
    restoreLayout();
    applyPreferences();

    connect(m_document, &ArticleDocument::contentChanged, this, &MainWindow::updatePreview);
    connect(m_document, &ArticleDocument::loaded, this, &MainWindow::updatePreview);
    connect(m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Headline)
            updateTitle();
    });
    connect(m_document, &ArticleDocument::loaded, this, &MainWindow::updateTitle);
    connect(m_autosaver, &Autosaver::saved, this, &MainWindow::onSaved);
    connect(m_autosaver, &Autosaver::conflicted, this, &MainWindow::onConflict);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &message) {
        m_saveState->setText(tr("Not saved"));
        m_saveProblem->setArchiveProblem(message);
    });
    connect(m_autosaver->journal(), &JournalWriter::failed, m_saveProblem,
            &SaveProblemBar::setJournalProblem);
    connect(m_autosaver->journal(), &JournalWriter::recovered, m_saveProblem,
            [this] { m_saveProblem->setJournalProblem({}); });
    connect(m_backups, &BackupScheduler::finished, this, &MainWindow::showMessage);
    connect(m_backups, &BackupScheduler::failed, this, &MainWindow::showMessage);
    connect(m_export, &ExportController::exported, this,
            [this](const QString &, const QString &summary) { showMessage(summary); });
    connect(m_export, &ExportController::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Export"), message); });

    // What the first screen does not need waits until the window is up.
    QTimer::singleShot(0, this, [this] {
        refreshCompletions();
        applySpellLanguage();
    });
    showMessage(tr("Archive %1: %Ln article(s)", nullptr,
                   int(m_browser->model()->totalCount())) // counted by the list already
                    .arg(QDir::toNativeSeparators(archivePath)));
    openFirstOrNew();
    offerNextRecovery();
    showReadOnlyArchive();

    // Another window, process or colleague saving: seen within a second (SQLite's
    // data_version, a query that reads nothing from the disk).
    auto *outside = new QTimer(this);
    outside->setInterval(kOutsideChangesInterval);
    connect(outside, &QTimer::timeout, this, &MainWindow::checkOutsideChanges);
    outside->start();
}

void MainWindow::showReadOnlyArchive()
{
    const QString damage = m_store->damageFound();
    m_saveProblem->offerRestore(!damage.isEmpty());
    m_saveProblem->setToolTip(damage); // SQLite's finding, for whoever looks into it
    if (!damage.isEmpty()) {
        m_saveProblem->setArchiveProblem(
            tr("The archive is damaged, so it opened read-only: read and export what it still "
               "holds, or restore a backup to go on writing."));
    } else if (m_store->isReadOnly()) {
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
    m_autosaver->journalNow();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = ArchiveBackup::restore(m_archivePath, file);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::warning(this, tr("Restore from Backup"), restored.error().message);
        return false;
    }
    const bool wasDamaged = !m_store->damageFound().isEmpty();
    if (wasDamaged) {
        // The window's connection is still the read-only one opened on the damage.
        if (auto reopened = m_store->reopen(); !reopened) {
            QMessageBox::warning(this, tr("Restore from Backup"), reopened.error().message);
            return false;
        }
        m_saveProblem->setArchiveProblem({});
        showReadOnlyArchive();
    }
    const qint64 open = m_document->article().id;
    m_browser->reload();
    if (wasDamaged && m_autosaver->hasUnsavedChanges()) {
        // Typed while the archive was damaged, so only in the journal: it stays in the
        // editor, and saving it over the backup's version asks first (the conflict bar).
        saveNow();
    } else if (auto article = m_store->article(open)) {
        m_document->load(*article);
    } else {
        openFirstOrNew();
    }
    showMessage(
        tr("Restored the archive from %1. The archive as it was is kept in %2.")
            .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(restored->keptAside)));
    return true;
}

void MainWindow::checkOutsideChanges()
{
    const auto counter = m_store->outsideChanges();
    if (!counter || *counter == m_outsideChanges)
        return;
    if (m_autosaver->isSaving())
        return; // our own save may be half-adopted: look again next time
    m_outsideChanges = *counter;
    const Article &open = m_document->article();
    m_browser->refreshFromArchive(open.id);
    if (open.id == 0 || m_autosaver->isInConflict())
        return;
    const auto version = m_store->version(open.id);
    if (!version || *version <= open.version)
        return;
    if (m_autosaver->hasUnsavedChanges()) {
        m_autosaver->noticeConflict(
            tr("\u201c%1\u201d was changed elsewhere (another window, process or colleague) "
               "while you were editing it. Nothing is overwritten until you choose.")
                .arg(open.headline));
        return;
    }
    // Nothing of ours is unsaved: show theirs, keeping the cursor where it was.
    auto theirs = m_store->article(open.id);
    if (!theirs)
        return;
    const int position = m_editor->body()->textCursor().position();
    m_document->load(*theirs);
    QTextCursor cursor = m_editor->body()->textCursor();
    cursor.setPosition(std::min(position, m_editor->body()->document()->characterCount() - 1));
    m_editor->body()->setTextCursor(cursor);
    showMessage(tr("\u201c%1\u201d was updated elsewhere; this is the newest version.")
                    .arg(theirs->headline));
}

// One left-behind journal at a time; one whose text the archive already holds goes quietly.
void MainWindow::offerNextRecovery()
{
    while (!m_leftBehind.isEmpty()) {
        const EditJournal::Entry entry = m_leftBehind.takeFirst();
        std::optional<Article> inArchive;
        if (entry.article.id > 0) {
            if (auto current = m_store->article(entry.article.id))
                inArchive = *current;
        }
        if (inArchive && compareArticles(*inArchive, entry.article).isEmpty()) {
            EditJournal::discard(entry);
            continue;
        }
        qCInfo(lcWindow) << "offering unsaved text from" << entry.file;
        m_recoveryBar->offer(entry, inArchive);
        return;
    }
    m_recoveryBar->hide();
}

void MainWindow::restoreRecovered()
{
    const EditJournal::Entry entry = m_recoveryBar->entry();
    if (entry.article.id == 0 || !openArticle(entry.article.id))
        newArticle();
    m_document->replaceContent(entry.article, tr("Restore Unsaved Text"));
    m_autosaver->journalNow(); // in this session's journal before the old one goes
    EditJournal::discard(entry);
    offerNextRecovery();
}

// The newest article, or a blank page when the list is empty.
void MainWindow::openFirstOrNew()
{
    ArchiveListModel *list = m_browser->model();
    if (list->rowCount() == 0 && list->canFetchMore({}))
        list->fetchMore({});
    const qint64 first = list->articleId(0);
    if (first == 0 || !openArticle(first))
        newArticle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_browser = new ArchiveBrowser(*m_store);
    m_editor = new ArticleEditor(*m_document, m_spell);
    m_related = new RelatedPanel(*m_document, *m_store);
    m_checklist = new ChecklistPanel(*m_document, *m_store);
    m_preview = new PreviewWidget;
    m_conflictBar = new ConflictBar;
    m_recoveryBar = new RecoveryBar;
    m_saveProblem = new SaveProblemBar;
    m_saveState = new QLabel;
    statusBar()->addPermanentWidget(m_saveState);

    m_lowerTabs = new QTabWidget;
    m_lowerTabs->addTab(m_related, tr("Related Articles"));
    m_lowerTabs->addTab(m_checklist, tr("Checklist"));
    connect(m_checklist, &ChecklistPanel::summaryChanged, this,
            [this](const QString &summary) { m_lowerTabs->setTabText(1, summary); });

    auto *editorColumn = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_recoveryBar);
    editorLayout->addWidget(m_saveProblem);
    editorLayout->addWidget(m_conflictBar);
    editorLayout->addWidget(m_editor, 1);

    m_editorSplit = new QSplitter(Qt::Vertical);
    m_editorSplit->setObjectName(QStringLiteral("editorSplit"));
    m_editorSplit->addWidget(editorColumn);
    m_editorSplit->addWidget(m_lowerTabs);
    m_editorSplit->setStretchFactor(0, 3);
    m_editorSplit->setStretchFactor(1, 2);
    m_editorSplit->setSizes({500, 330}); // the related list shows five rows at first

    m_columns = new QSplitter;
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->addWidget(m_browser);
    m_columns->addWidget(m_editorSplit);
    m_columns->addWidget(m_preview);
    m_columns->setSizes({380, 620, 560}); // the web view asks for no width of its own
    setCentralWidget(m_columns);

    connect(m_browser, &ArchiveBrowser::articleSelected, this, &MainWindow::openArticle);
    connect(m_browser, &ArchiveBrowser::errorOccurred, this, &MainWindow::showMessage);
    connect(m_related, &RelatedPanel::openArticleRequested, this, &MainWindow::openArticle);
    connect(m_preview, &PreviewWidget::renderFailed, this, &MainWindow::showMessage);
    connect(m_editor->body(), &BodyEditor::currentHeadingChanged, m_preview,
            &PreviewWidget::scrollToHeading);
    connect(m_editor, &ArticleEditor::publishRequested, this, &MainWindow::requestPublish);
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &MainWindow::reloadAfterConflict);
    connect(m_recoveryBar, &RecoveryBar::restoreRequested, this, &MainWindow::restoreRecovered);
    connect(m_saveProblem, &SaveProblemBar::retryRequested, this, &MainWindow::saveNow);
    connect(m_saveProblem, &SaveProblemBar::restoreRequested, this,
            &MainWindow::chooseBackupToRestore);
    connect(m_recoveryBar, &RecoveryBar::discardRequested, this, [this] {
        EditJournal::discard(m_recoveryBar->entry());
        offerNextRecovery();
    });
    connect(m_conflictBar, &ConflictBar::keepMineRequested, this, [this] {
        if (m_autosaver->overwriteConflict())
            m_conflictBar->hide();
    });
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
    file->addAction(tr("Restore Archive from &Backup…"), this, &MainWindow::chooseBackupToRestore);
    file->addAction(tr("Back Up the Archive &Now"), m_backups, &BackupScheduler::backUpNow);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("This &Page as HTML…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                          [this] { m_export->exportPage(m_document->article()); });
    exportMenu->addAction(tr("This Article as &Markdown…"), this,
                          [this] { m_export->exportMarkdown(m_document->article()); });
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
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find in Body…"), QKeySequence::Find, m_editor->findBar(),
                    &FindBar::showFind);
    edit->addAction(tr("Find and R&eplace…"), QKeySequence::Replace, m_editor->findBar(),
                    &FindBar::showReplace);
    edit->addAction(tr("&Search the Archive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                    [this] {
                        m_browser->searchField()->setFocus();
                        m_browser->searchField()->selectAll();
                    });

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_editor->formatActions());

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addAction(tr("&Publish…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                       &MainWindow::requestPublish);
    article->addAction(tr("&Revisions…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                       &MainWindow::showRevisions);
    article->addAction(tr("&Checklist"), this, [this] {
        m_checklist->refresh();
        m_lowerTabs->setCurrentWidget(m_checklist);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *devices = new QActionGroup(this);
    const std::pair<QString, PreviewWidget::Device> widths[] = {
        {tr("Preview at &Desktop Width"), PreviewWidget::Device::Desktop},
        {tr("Preview at &Tablet Width"), PreviewWidget::Device::Tablet},
        {tr("Preview at &Phone Width"), PreviewWidget::Device::Phone}};
    for (const auto &[label, device] : widths) {
        QAction *action =
            view->addAction(label, this, [this, device] { m_preview->setDevice(device); });
        action->setCheckable(true);
        action->setChecked(device == PreviewWidget::Device::Desktop);
        devices->addAction(action);
    }
}

void MainWindow::restoreLayout()
{
    resize(1400, 860);
    restoreGeometry(appsettings::windowGeometry());
    for (QSplitter *splitter : {m_columns, m_editorSplit})
        splitter->restoreState(appsettings::splitterState(splitter->objectName()));
}

void MainWindow::saveLayout()
{
    appsettings::setWindowGeometry(saveGeometry());
    for (QSplitter *splitter : {m_columns, m_editorSplit})
        appsettings::setSplitterState(splitter->objectName(), splitter->saveState());
}

void MainWindow::applyPreferences()
{
    applyAppearance(appsettings::appearance());
    const CheckLimits limits = appsettings::limits();
    m_editor->setLimits(limits);
    m_checklist->setLimits(limits);
    m_editor->setEditorFont(appsettings::editorFont());
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
    const QStringList sections = m_store->sections().value_or(QStringList());
    const QStringList tags = m_store->tags().value_or(QStringList());
    m_editor->setCompletions(sections, tags);
    m_browser->setCompletions(sections, tags);
}

bool MainWindow::saveNow()
{
    if (m_autosaver->saveNow())
        return true;
    if (m_autosaver->hasUnsavedChanges())
        writeRecoveryCopy();
    return false;
}

// The last line of defence for "nothing typed is ever lost": when the archive refuses a
// save, the text goes to a file beside it in the app's data folder.
void MainWindow::writeRecoveryCopy()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/recovery");
    QDir().mkpath(folder);
    const QString path =
        folder +
        QStringLiteral("/article-%1-%2.json")
            .arg(m_document->article().id)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(json::fromArticle(m_document->article())).toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        showMessage(tr("Your unsaved text was kept in %1").arg(QDir::toNativeSeparators(path)));
    else
        qWarning("Could not write the recovery copy %s", qPrintable(path));
}

bool MainWindow::openArticle(qint64 id)
{
    if (id == m_document->article().id && id != 0)
        return true;
    saveNow();
    auto article = m_store->article(id);
    if (!article) {
        showMessage(article.error().message);
        return false;
    }
    m_conflictBar->hide();
    m_document->load(*article);
    const bool trashed = m_browser->showsTrash();
    m_editor->setEnabled(!trashed);
    m_related->setEnabled(!trashed);
    m_browser->select(id);
    m_saveState->setText(tr("Saved"));
    return true;
}

void MainWindow::newArticle()
{
    saveNow();
    m_conflictBar->hide();
    m_editor->setEnabled(true);
    m_related->setEnabled(true);
    m_document->load(Article{});
    m_browser->select(0);
    m_saveState->clear();
    m_editor->headline()->setFocus();
}

void MainWindow::duplicateArticle()
{
    if (!saveNow() || m_document->article().isNew())
        return;
    Article copy = m_document->article();
    copy.id = 0;
    copy.version = 0;
    copy.slug.clear();
    copy.headline = tr("%1 (copy)").arg(copy.headline);
    copy.status = ArticleStatus::Draft;
    copy.publishedAt = {};
    copy.createdAt = {};
    auto saved = m_store->save(copy);
    if (!saved) {
        showMessage(saved.error().message);
        return;
    }
    m_browser->reload();
    openArticle(saved->id);
}

void MainWindow::deleteArticle()
{
    const Article &current = m_document->article();
    if (current.isNew()) {
        newArticle();
        return;
    }
    saveNow();
    const QString headline = current.headline;
    if (auto done = m_store->moveToTrash(current.id); !done) {
        showMessage(done.error().message);
        return;
    }
    m_browser->reload();
    openFirstOrNew();
    showMessage(tr("\u201c%1\u201d moved to the trash; tick Trash in the list to restore it.")
                    .arg(headline));
}

void MainWindow::restoreArticle()
{
    const qint64 id = m_document->article().id;
    if (id == 0 || !m_browser->showsTrash())
        return;
    if (auto done = m_store->restoreFromTrash(id); !done) {
        showMessage(done.error().message);
        return;
    }
    m_browser->reload();
    m_editor->setEnabled(true);
    m_related->setEnabled(true);
    showMessage(tr("\u201c%1\u201d is back in the archive.").arg(m_document->article().headline));
}

// Errors block; warnings ask. The status is set only when the checklist lets it through.
void MainWindow::requestPublish()
{
    if (m_document->article().status == ArticleStatus::Published)
        return;
    const QList<CheckFinding> findings = m_checklist->refresh();
    m_lowerTabs->setCurrentWidget(m_checklist);
    QStringList errors;
    QStringList warnings;
    for (const CheckFinding &finding : findings)
        (finding.severity == CheckFinding::Severity::Error ? errors : warnings)
            .append(finding.message);
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Not Ready to Publish"),
                             tr("Fix these first:") + QStringLiteral("\n\n• ") +
                                 errors.join(QStringLiteral("\n• ")));
        return;
    }
    if (!warnings.isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Publish Anyway?"),
                                  tr("The checklist has warnings:") + QStringLiteral("\n\n• ") +
                                      warnings.join(QStringLiteral("\n• ")) +
                                      QStringLiteral("\n\n") + tr("Publish anyway?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_document->edit(ArticleField::Status, int(ArticleStatus::Published), tr("Publish"));
    saveNow();
}

void MainWindow::showRevisions()
{
    if (m_document->article().isNew() || !saveNow())
        return;
    RevisionsDialog dialog(*m_store, m_document->article(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen()) {
        m_document->replaceContent(*dialog.chosen(),
                                   tr("Restore version %1").arg(dialog.chosen()->version));
        saveNow();
    }
}

void MainWindow::updatePreview()
{
    const Article &article = m_document->article();
    m_preview->showArticle(article, pagelinks::contextFor(*m_store, article, {}));
}

void MainWindow::updateTitle()
{
    const QString headline = m_document->article().headline.trimmed();
    setWindowTitle(headline.isEmpty() ? tr("Untitled Article") : headline);
}

void MainWindow::onSaved()
{
    m_saveProblem->setArchiveProblem({});
    const Article &article = m_document->article();
    m_saveState->setText(
        tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (m_browser->model()->rowOf(article.id) >= 0) {
        if (auto summary = m_store->summary(article.id))
            m_browser->model()->updateRow(*summary);
    } else if (!m_browser->model()->isSearching()) {
        m_browser->reload(); // a new article joins the list
        m_browser->select(article.id);
    }
}

void MainWindow::onConflict(const QString &message)
{
    m_saveState->setText(tr("Not saved: changed elsewhere"));
    m_conflictBar->showConflict(message);
}

void MainWindow::reloadAfterConflict()
{
    writeRecoveryCopy();
    const qint64 id = m_document->article().id;
    auto theirs = m_store->article(id);
    if (!theirs) {
        showMessage(theirs.error().message);
        return;
    }
    m_conflictBar->hide();
    m_document->load(*theirs);
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
    if (!saveNow() && m_autosaver->hasUnsavedChanges() && !m_quitting) {
        const auto answer = QMessageBox::warning(
            this, tr("Not Saved"),
            tr("Your latest changes to \u201c%1\u201d are not in the archive yet.\n\n%2\n\n"
               "They are kept on this computer and offered back the next time you open this "
               "archive.")
                .arg(m_document->article().headline, m_autosaver->isInConflict()
                                                         ? m_conflictBar->message()
                                                         : m_saveProblem->message()),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    m_autosaver->journalNow();
    saveLayout();
    event->accept();
}

} // namespace newsroom
