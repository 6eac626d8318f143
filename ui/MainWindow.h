#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QVBoxLayout;

namespace newsroom {

struct CheckFinding;
class ArchiveBrowser;
class ArchiveGateway;
class ArchiveOpener;
class ArticleDetails;
class ArticleDocument;
class ArticleEditor;
class Autosaver;
class BackupScheduler;
class ChecklistPanel;
class ConflictBar;
class DeskPresence;
class DeskLayout;
class DeskNotesPanel;
class EditorSession;
class LengthProgress;
class LeadImagePanel;
class BodyPictures;
class PictureImporter;
class PictureLibraryPanel;
class PictureThumbnails;
class ExportController;
class OfflineStatus;
class OutlinePanel;
class PreviewLinks;
class PreviewPictures;
class PreviewWidget;
class PresenceBar;
class RecoveryBar;
class SaveProblemBar;
class SitePublisher;
class RecentArchivesMenu;
class RelatedPanel;
class SpellChecker;

// The desk: the story (headline, dek and body) in the middle, and around it panels the
// editor can show, hide and rearrange (DeskLayout): the archive list and the outline on
// the left, the live preview, the article's details, related articles and checklist on
// the right. It lays out and wires; the open article's life is the EditorSession's,
// and every archive call goes through the gateway. There is no Save: the autosave keeps
// the archive within a second of the editor. Closing the window (or SIGTERM, via the app)
// saves first.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<ArchiveGateway> gateway, const QString &archivePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens another archive (a file, or a server's postgresql:// URI) in a new window, which
    // takes this one's place once it is open; this one stays until then.
    void openArchive(const QString &address);
    // File → Open Newsroom Server.
    void chooseServer();
    ArchiveOpener *opener() const { return m_opener; }
    // The archive and who works in it, as the title bar and the status bar say them.
    QString archiveName() const { return m_archiveName; }
    QString archiveState() const;

    // Opens the article in the editor once the archive answers (the one open is saved first).
    void openArticle(qint64 id);
    void newArticle();
    void duplicateArticle();
    void deleteArticle();
    void restoreArticle();
    void requestPublish();
    void showRevisions();
    void applyPreferences();
    // Saves what the editor holds and waits for the archive.
    bool saveNow();
    // Closes without asking about unsaved text (SIGTERM, logout): the journal keeps it.
    void quitWithoutAsking();
    // Brings the backup's content into the archive (the current content kept aside).
    bool restoreFromBackup(const QString &file);
    BackupScheduler *backups() const { return m_backups; }

    ArchiveGateway *gateway() const { return m_gateway.get(); }
    EditorSession *session() const { return m_session; }
    ArticleDocument *document() const;
    Autosaver *autosaver() const;
    ArticleEditor *editor() const { return m_editor; }
    ArticleDetails *details() const { return m_details; }
    DeskNotesPanel *deskNotes() const { return m_deskNotes; }
    LengthProgress *lengthProgress() const { return m_length; }
    OutlinePanel *outline() const { return m_outline; }
    DeskLayout *desk() const { return m_desk; }
    RelatedPanel *relatedPanel() const { return m_related; }
    ChecklistPanel *checklist() const { return m_checklist; }
    PreviewWidget *preview() const { return m_preview; }
    ArchiveBrowser *browser() const { return m_browser; }
    ExportController *exporter() const { return m_export; }
    SitePublisher *publisher() const { return m_publisher; }
    ConflictBar *conflictBar() const { return m_conflictBar; }
    OfflineStatus *offlineStatus() const { return m_offline; } // null for a file
    RecoveryBar *recoveryBar() const { return m_recoveryBar; }
    SaveProblemBar *saveProblemBar() const { return m_saveProblem; }
    PresenceBar *presenceBar() const { return m_presenceBar; }
    LeadImagePanel *leadImage() const { return m_leadImage; }
    PictureLibraryPanel *pictureLibrary() const { return m_pictureLibrary; }
    BodyPictures *bodyPictures() const { return m_bodyPictures; }
    PictureImporter *pictureImporter() const { return m_pictureImporter; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void buildPictures(QVBoxLayout *detailsColumn);
    void buildMenus();
    void connectSession();
    void buildViewMenu();
    void openFirstOrNew();
    void onOpened(qint64 id);
    void updatePreview();
    void updateTitle();
    void showOpenedArchive(const QString &address);
    void onSaved();
    void onConflict(const QString &message);
    void refreshCompletions();
    void applySpellLanguage();
    void showMessage(const QString &message);
    void checkOutsideChanges();
    // After a change elsewhere: the list, links, open article. `changed`: the articles that
    // changed, when known; empty when any may have (a file archive's poll, a catch-up).
    void refreshFromArchive(const QList<qint64> &changed = {});
    void lookForTheirVersion(qint64 id, qint64 ours);
    void takeTheirVersion(qint64 id, qint64 ours);
    void chooseBackupToRestore();
    void showReadOnlyArchive();
    void confirmPublish(const QStringList &warnings);
    void goToFinding(const CheckFinding &finding);

    std::unique_ptr<ArchiveGateway> m_gateway; // its lanes finish their calls when it goes
    QString m_archivePath;
    QString m_archiveName; // "database on host" or the file's name
    ArchiveOpener *m_opener = nullptr;
    RecentArchivesMenu *m_recent = nullptr;
    QLabel *m_archiveState = nullptr;
    EditorSession *m_session = nullptr;
    BackupScheduler *m_backups = nullptr;
    SpellChecker *m_spell = nullptr;
    PictureImporter *m_pictureImporter = nullptr;
    PictureThumbnails *m_thumbnails = nullptr;
    LeadImagePanel *m_leadImage = nullptr;
    BodyPictures *m_bodyPictures = nullptr;
    PictureLibraryPanel *m_pictureLibrary = nullptr;
    ArchiveBrowser *m_browser = nullptr;
    ArticleEditor *m_editor = nullptr;
    ArticleDetails *m_details = nullptr;
    DeskNotesPanel *m_deskNotes = nullptr;
    OutlinePanel *m_outline = nullptr;
    DeskLayout *m_desk = nullptr;
    RelatedPanel *m_related = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    PreviewWidget *m_preview = nullptr;
    PreviewLinks *m_previewLinks = nullptr;
    PreviewPictures *m_previewPictures = nullptr;
    ConflictBar *m_conflictBar = nullptr;
    RecoveryBar *m_recoveryBar = nullptr;
    PresenceBar *m_presenceBar = nullptr;
    DeskPresence *m_presence = nullptr; // deleted before the gateway
    SaveProblemBar *m_saveProblem = nullptr;
    bool m_quitting = false;
    bool m_checkingOutside = false;
    qint64 m_outsideChanges = -1;                        // the archive's data_version last seen
    static constexpr int kOutsideChangesInterval = 1000; // ms
    ExportController *m_export = nullptr;
    SitePublisher *m_publisher = nullptr;
    LengthProgress *m_length = nullptr;
    QLabel *m_saveState = nullptr;
    OfflineStatus *m_offline = nullptr; // a server archive only
    QString m_themeFolder;              // the one the preview shows; empty: built in
};

} // namespace newsroom
