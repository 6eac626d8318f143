<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveBackup</name>
    <message>
        <source>The backup needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the archive itself; back it up to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is; back up to a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen the copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the copy %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is not marked as a Newsroom archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed SQLite&apos;s check (%1), so the archive itself is probably damaged: run &quot;newsroom-cli check-archive&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the archive itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive file is damaged: %1. Stop working in it, keep the file (with its -wal file) aside, and restore the latest backup; SQLite&apos;s .recover command can often rescue what a damaged file still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows belong to articles that do not exist: %1. Newsroom never writes such rows, so the file was changed by another program or damaged; if articles are missing, restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged: %1. Search may miss articles or fail; the articles themselves are not affected. Run &quot;newsroom-cli check-archive --repair-index&quot; to rebuild the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are not in it (the first is #%1), so search cannot find them</source>
        <translation>
            <numerusform>%n article is not in it (#%1), so search cannot find it</numerusform>
            <numerusform>%n articles are not in it (the first is #%1), so search cannot find them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries belong to articles in the trash or gone (the first is #%1)</source>
        <translation>
            <numerusform>%n entry belongs to an article in the trash or gone (#%1)</numerusform>
            <numerusform>%n entries belong to articles in the trash or gone (the first is #%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles use pictures the archive does not have: %1. Their pages will show no picture there. Import the same picture file again (the same file gets the same name), or remove the picture from those articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article #%1 uses picture %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more like these</source>
        <translation>
            <numerusform>%n more like this</numerusform>
            <numerusform>%n more like these</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures in the archive are damaged: %1. Their bytes are no longer the picture they were stored as. Add the same picture files again (Pictures panel, Add Pictures…, or newsroom-cli pictures add FILE) to put their bytes back, or restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and more: see the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture %1 has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture %1 does not match its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture %1 gives no usable width, so no page shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>picture %1 lacks %n of its copies (%2 pixels wide)</source>
        <translation>
            <numerusform>picture %1 lacks %n of its copies (%2 pixels wide)</numerusform>
            <numerusform>picture %1 lacks %n of its copies (%2 pixels wide)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures lack smaller copies that pages show: %1. Pages use the sizes that are left, or show no picture when none is. Add the same picture files again (Pictures panel, Add Pictures…, or newsroom-cli pictures add FILE) to put them right; nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveCopier</name>
    <message>
        <source>The target holds copies of this archive&apos;s articles under ids that do not agree with each other; copy to a new archive instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 The copy stopped after %n article(s); run it again to copy the rest.</source>
        <translation>
            <numerusform>%1 The copy stopped after %n article; run it again to copy the rest.</numerusform>
            <numerusform>%1 The copy stopped after %n articles; run it again to copy the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveFile</name>
    <message>
        <source>%1 is not a Newsroom archive: %2. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Newsroom (archive version %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left untouched: &quot;newsroom-cli --db %1 check-archive&quot; says what is wrong; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite met a damaged page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older Newsroom and is read-only here, so it cannot be brought up to date: copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file %1 is no longer there (deleted or moved away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveSchema</name>
    <message>
        <source>it has what no Newsroom archive has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has altered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Newsroom archive as this Newsroom writes them (%2). It may have been made to attack Newsroom, so nothing in it was read and it was left untouched: open a backup, or ask whoever sent it for an export instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleChecks</name>
    <message numerus="yes">
        <source>The %1 has %n character(s); the house limit is %2.</source>
        <translation>
            <numerusform>The %1 has %n character; the house limit is %2.</numerusform>
            <numerusform>The %1 has %n characters; the house limit is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no dek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no byline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no body text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 still holds placeholder text: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is marked AI-generated but lists no sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is marked AI-generated but has no disclosure text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 MB is too large for an article (the limit is %L3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the archive itself (or its journal); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a text file (it holds binary data); only Markdown or plain text can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleRows</name>
    <message>
        <source>There is no article #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The slug &quot;%1&quot; may hold only lowercase letters, digits and single hyphens, at most %n character(s).</source>
        <translation>
            <numerusform>The slug &quot;%1&quot; may hold only lowercase letters, digits and single hyphens, at most %n character.</numerusform>
            <numerusform>The slug &quot;%1&quot; may hold only lowercase letters, digits and single hyphens, at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by article #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 is in the trash; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 was changed elsewhere (now version %2, you edited version %3). Nothing was overwritten; reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 (&quot;%2&quot;) cannot keep its id: this archive&apos;s #%1 is &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not copied: this archive&apos;s article #%2 (&quot;%3&quot;) has its slug, %4. Change one of the two slugs and copy again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, in-review, ready or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: already imported as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported #%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 already imported, %2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %1 of %Ln file(s)…</source>
        <translation>
            <numerusform>imported %1 of %Ln file…</numerusform>
            <numerusform>imported %1 of %Ln files…</numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 · %2 · %3 · updated %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[AI-generated] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom&apos;s archive from the command line: import, list, show, search, render and export articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, suggest: at most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: the longest related list allowed (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this status (draft, in-review, ready, published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles dated on or after DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles dated on or before DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: the trash instead of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: the theme folder (article.html, style.css).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render, export-site: the site&apos;s address, for canonical URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-site: the site&apos;s name in mastheads and the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-site: every article, not only published ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: a dated copy in DIR instead of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup --to-folder: keep only the newest N dated copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-archive: also check every index against its table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-archive: rebuild the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments; filter with --status, --section, --tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes at most one argument; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes exactly one argument; quote a query with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no archive at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs either a FILE or --to-folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep goes with backup --to-folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force goes with backup FILE; dated copies never replace a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> --force replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n article(s) to %1 (%2 bytes).</source>
        <translation>
            <numerusform>Backed up %n article to %1 (%2 bytes).</numerusform>
            <numerusform>Backed up %n articles to %1 (%2 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was not rebuilt: the file itself is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is sound (checked: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1: %2 files written, %3 unchanged, %4 removed.</source>
        <translation>
            <numerusform>Exported %n article to %1: %2 files written, %3 unchanged, %4 removed.</numerusform>
            <numerusform>Exported %n articles to %1: %2 files written, %3 unchanged, %4 removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 Markdown files to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the archive itself; write the page to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-related needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: only the versions that were published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive: a file (default: %1), or a PostgreSQL server&apos;s postgresql://... URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCHIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on archive files; a server&apos;s archive is backed up and checked with PostgreSQL&apos;s own tools (pg_dump, amcheck), see the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the archive in %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the archive in %1 from schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive in %1 is already there (schema version %2); nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %L1 of %L2 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %L1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read, so nothing can be copied into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n article(s) to %1 (versions: %2).</source>
        <translation>
            <numerusform>Copied %n article to %1 (versions: %2).</numerusform>
            <numerusform>Copied %n articles to %1 (versions: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were there from an earlier copy.</source>
        <translation>
            <numerusform>%n article was there from an earlier copy.</numerusform>
            <numerusform>%n articles were there from an earlier copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article kept its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every id moved up by %1 (#1 is #%2 there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsroom-cli: not copied: #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>newsroom-cli: %n more article(s) not copied (--json lists them all).</source>
        <translation>
            <numerusform>newsroom-cli: %n more article not copied (--json lists them all).</numerusform>
            <numerusform>newsroom-cli: %n more articles not copied (--json lists them all).</numerusform>
        </translation>
    </message>
    <message>
        <source>init on a server: the group role editors belong to (default newsroom_editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this archive itself; name another archive to copy it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--editor-role needs a plain role name: lower-case letters, digits and _, such as newsroom_editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editors (the group role %1) cannot use the archive yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the group role %1; its members may read and write articles (not change tables, owned by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group role %1 may read and write articles (not change tables, owned by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an editor access: CREATE ROLE name LOGIN PASSWORD &apos;...&apos; IN ROLE %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  possible duplicate of #%1 %2 “%3” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: do not look for the same story in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted the terms of %1 articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired %1 of %2 articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared %1 of %2 pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One story, %n article(s):</source>
        <translation>
            <numerusform>One story, %n article:</numerusform>
            <numerusform>One story, %n articles:</numerusform>
        </translation>
    </message>
    <message>
        <source>No story is in the archive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set to %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles assigned to USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles assigned to you (the server role, or this computer&apos;s user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes two arguments, REF and %2; quote one with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a user name has at most %n character(s).</source>
        <translation>
            <numerusform>a user name has at most %n character.</numerusform>
            <numerusform>a user name has at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of the archive&apos;s users yet (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 is assigned to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 is assigned to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted on #%1 %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures add, describe, lead: the picture&apos;s caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures add, describe, lead: whose picture it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures add, describe, lead: what it shows, for readers who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead: remove the article&apos;s lead image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures purge: only list what would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, import, list, show, assign, note, history, search, render, export-site, export-md, suggest, check, duplicates, pictures, lead, backup, check-archive or copy-to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: newsroom-cli lead ID (HASH|FILE) [--caption T] [--credit T] [--alt T], or lead ID --none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: newsroom-cli pictures %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures needs a command: add, list, show, describe, unused or purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pictures command &quot;%1&quot;; use add, list, show, describe, unused or purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a picture&apos;s hash (its 64 hex digits, or the first %2 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 begins %n pictures&apos; hashes; give more digits.</source>
        <translation>
            <numerusform>%1 begins %n picture&apos;s hash; give more digits.</numerusform>
            <numerusform>%1 begins %n pictures&apos; hashes; give more digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:      %1 (%2, %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:      %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widths:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by no article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used by %n article(s):</source>
        <translation>
            <numerusform>Used by %n article:</numerusform>
            <numerusform>Used by %n articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused picture(s) would be removed (%1 MB).</source>
        <translation>
            <numerusform>%n unused picture would be removed (%1 MB).</numerusform>
            <numerusform>%n unused pictures would be removed (%1 MB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused picture(s) removed.</source>
        <translation>
            <numerusform>%n unused picture removed.</numerusform>
            <numerusform>%n unused pictures removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 has no lead image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 leads with picture %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: write the page to FILE, its pictures into media/ beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page leaves out its pictures: use -o FILE to write it with their files in media/ beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskNotes</name>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A note holds at most %n character(s); this one has %1. Say it shorter, or in two notes.</source>
        <translation>
            <numerusform>A note holds at most %n character; this one has %1. Say it shorter, or in two notes.</numerusform>
            <numerusform>A note holds at most %n characters; this one has %1. Say it shorter, or in two notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Article #%1 has %n note(s), as many as an article keeps; no more can be added.</source>
        <translation>
            <numerusform>Article #%1 has %n note, as many as an article keeps; no more can be added.</numerusform>
            <numerusform>Article #%1 has %n notes, as many as an article keeps; no more can be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Article #%1 is in the trash; restore it before adding a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateChecks</name>
    <message>
        <source>Possible duplicate of “%1” (#%2, %3), already in the archive: open it and keep one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of your text in %1: %2. Free some space or fix the folder; the text stays in the editor meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>No export folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to use %1: it is a symbolic link, and export never follows links inside its folder. Remove the link, or export into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to use %1 as a folder: it is not one. Remove or rename it, or export into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to use %1: &quot;%2&quot; cannot be a name inside the export folder: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to write %1: it is the archive itself; export into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to replace %1: it is a symbolic link, and export never writes through links nor removes them. Remove the link, or export into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to replace %1: it is a folder. Remove or rename it, or export into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to replace %1: it is not a plain file. Remove it, or export into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to read %1: it is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to read %1: it is not a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refused to read %1: it is larger than %n byte(s).</source>
        <translation>
            <numerusform>Refused to read %1: it is larger than %n byte.</numerusform>
            <numerusform>Refused to read %1: it is larger than %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the export writes a page of its own there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped article #%1: the file name made from its slug, &quot;%2&quot;, cannot be used: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the files in %1 safe on disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another export into %1 is under way, from this or another program. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportManifest</name>
    <message>
        <source>%1 is not an export record: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontMatterLimits</name>
    <message>
        <source>the alias *%1 on line %2 stands inside the list or map it names, which never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a list or map in the front matter has more than %Ln entries (line %1)</source>
        <translation>
            <numerusform>a list or map in the front matter has more than %Ln entry (line %1)</numerusform>
            <numerusform>a list or map in the front matter has more than %Ln entries (line %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln keys, values and list items</source>
        <translation>
            <numerusform>%Ln key, value or list item</numerusform>
            <numerusform>%Ln keys, values and list items</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 KB of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alias *%1 on line %2 expands the front matter to more than %3 (an alias counts as a copy of what it names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter holds more than %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter nests lists and maps more than %L1 deep (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is %L1 KB; the limit is %L2 KB, far more than an article&apos;s fields need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message numerus="yes">
        <source>the headline was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the headline was cut to %Ln character</numerusform>
            <numerusform>the headline was cut to %Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the dek was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the dek was cut to %Ln character</numerusform>
            <numerusform>the dek was cut to %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the byline was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the byline was cut to %Ln character</numerusform>
            <numerusform>the byline was cut to %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the dateline was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the dateline was cut to %Ln character</numerusform>
            <numerusform>the dateline was cut to %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the section was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the section was cut to %Ln character</numerusform>
            <numerusform>the section was cut to %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the language was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the language was cut to %Ln character</numerusform>
            <numerusform>the language was cut to %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the disclosure was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the disclosure was cut to %Ln character</numerusform>
            <numerusform>the disclosure was cut to %Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %L1 of %L2 tags were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 tags were cut to %L2 characters</source>
        <translation>
            <numerusform>%Ln of %L1 tags was cut to %L2 characters</numerusform>
            <numerusform>%Ln of %L1 tags were cut to %L2 characters</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %L1 of %L2 sources were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %L1 of %L2 related items were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 related titles were cut to %L2 characters</source>
        <translation>
            <numerusform>%Ln of %L1 related titles was cut to %L2 characters</numerusform>
            <numerusform>%Ln of %L1 related titles were cut to %L2 characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 related summaries were cut to %L2 characters</source>
        <translation>
            <numerusform>%Ln of %L1 related summaries was cut to %L2 characters</numerusform>
            <numerusform>%Ln of %L1 related summaries were cut to %L2 characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) longer than %L1 characters were left out</source>
        <translation>
            <numerusform>%Ln link longer than %L1 characters was left out</numerusform>
            <numerusform>%Ln links longer than %L1 characters were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the assignee was cut to %Ln character(s)</source>
        <translation>
            <numerusform>the assignee was cut to %Ln character</numerusform>
            <numerusform>the assignee was cut to %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownArticle</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter has no closing ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not a list of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>The pictures of %1 were not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the folder and holds something else; it was left as it is, and %2 keeps the picture as media:%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownPictures</name>
    <message>
        <source>The picture &quot;%1&quot; was not read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a path relative to the Markdown file, inside its folder, is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it climbs out of the folder (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link, which is never followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file beside the Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>The rest of this article is not shown: its Markdown expands into more than %L1 KB of page, far more than an article needs. Look for a runaway table or a link repeated thousands of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A table in this article has more than %Ln column(s) and is shown as text. Split it into narrower tables.</source>
        <translation>
            <numerusform>A table in this article has more than %Ln column and is shown as text. Split it into narrower tables.</numerusform>
            <numerusform>A table in this article has more than %Ln columns and is shown as text. Split it into narrower tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Web addresses written without &lt;…&gt; or [text](…) are not links in this article: it has too many of them to find where each one ends. Write a link as &lt;https://example.org&gt; or [text](https://example.org).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageExporter</name>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme could not render &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme could not render the page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; has a %2 that is not a valid template; look for a misspelt modifier such as {{HEADLINE:x}}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgArticleRows</name>
    <message>
        <source>There is no article #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 is in the trash; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 was changed elsewhere (now version %2, you edited version %3). Nothing was overwritten; reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The slug &quot;%1&quot; may hold only lowercase letters, digits and single hyphens, at most %n character(s).</source>
        <translation>
            <numerusform>The slug &quot;%1&quot; may hold only lowercase letters, digits and single hyphens, at most %n character.</numerusform>
            <numerusform>The slug &quot;%1&quot; may hold only lowercase letters, digits and single hyphens, at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by article #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 was changed elsewhere. Nothing was overwritten; reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 (&quot;%2&quot;) cannot keep its id: this archive&apos;s #%1 is &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not copied: this archive&apos;s article #%2 (&quot;%3&quot;) has its slug, %4. Change one of the two slugs and copy again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgArticleStore</name>
    <message>
        <source>There is no article #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with the id or slug &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import gave %1 file hashes for %2 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of article #%2 is damaged in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2:%3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds a NUL character (U+0000), which a PostgreSQL server cannot store; nothing was saved. Remove it (it is invisible, often pasted from another program) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server asks for the password of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server refused the password of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgEditorAccess</name>
    <message>
        <source>&quot;%1&quot; cannot name the editors&apos; group role: use lower-case letters, digits and _ (at most 63), such as newsroom_editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tables&apos; owner (%1) may grant rights on them; run init as %1, or have it run:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editors&apos; group role %1 does not exist, and %2 may not create roles. Have whoever runs the server (a role with CREATEROLE) run:
CREATE ROLE %1 NOLOGIN;
then run init again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgErrors</name>
    <message>
        <source>Colleagues changed the same articles at the same moment, again and again; nothing was saved. Try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved the same thing at the same moment; nothing was saved. Reload and try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server cancelled the request (it took too long, or it was cancelled); nothing was changed. Try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server cannot store this text: %1. Remove the character or shorten the field, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server is out of resources (disk, memory or connections): %1. Tell whoever runs it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server refused this: %1. Your role may not do it; ask whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server refused a value out of range: %1. Correct it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server is unreachable (%1). Check that it runs and that you can reach it (its address, the network, your sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session on the archive server has held this article for more than a few seconds (a colleague&apos;s long change, or a program that stopped halfway); nothing was changed. It is tried again shortly. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgMigrations</name>
    <message>
        <source>The archive in %1 has schema version %2, made by a newer Newsroom; this one knows versions up to %3. Update Newsroom to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program and no Newsroom archive; Newsroom leaves it alone. Name an empty database (createdb) for the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Newsroom archive yet. Create one with &quot;newsroom-cli --db ADDRESS init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive in %1 needs an upgrade to schema version %2, which only its owner (%3) may make: ask them to run &quot;newsroom-cli --db ADDRESS init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureChecks</name>
    <message>
        <source>The lead image (picture %1) is not in the archive; the page would show nothing. Choose the lead image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead image has no alt text; readers who cannot see it get nothing. Say in a sentence what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead image has no credit. Say whose picture it is (“Photo: Name / Agency”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead image is %1 pixels wide; social cards need at least %2, or they show it small or not at all. Choose a larger picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture in the body (%1) has no alt text. Say in a sentence what it shows, between the brackets of ![…].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture in the body (%1) has no credit in the library. Say whose picture it is (newsroom-cli pictures describe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body shows picture %1, which the archive does not have; the page would show a hole. Add the picture again or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureDecoder</name>
    <message>
        <source>The picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; the archive takes pictures up to %L3 MB. Save a smaller copy (3000 pixels wide is plenty for any page) and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2): part of the picture is missing. Copy or download it again and add the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no picture in it. Save the picture itself and add that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SVG drawing, which the archive does not take (a drawing can carry scripts and links). Export it as PNG and add that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which the archive does not take. Save it as JPEG or PNG and add that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture: it is %2. Save the picture itself and add that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but its name says %3. Rename it %4 and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which this computer cannot read (the package qt6-image-formats-plugins adds it). Save it as JPEG or PNG and add that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the archive takes only the picture file itself. Add the file the link points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: you may not open it. Copy it somewhere you may and add the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a picture. Add the picture files in it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket. Add the picture file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the picture does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %L2 × %L3 pixels (%L4 megapixels); the archive takes pictures up to %L5 megapixels. Save a smaller copy (3000 pixels wide is plenty for any page) and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to add (the clipboard holds none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture is %L1 × %L2 pixels; the archive takes pictures up to %L3 megapixels. Paste a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureFigure</name>
    <message>
        <source>Picture not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureLibrary</name>
    <message>
        <source>A picture came with %1 smaller copies; the archive keeps at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 bytes; the archive takes pictures of 1 byte to %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes given for %1 are not the picture its name says (their SHA-256 differs): nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is said to be %2 × %3 pixels; the archive takes pictures of at most %4 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of type &quot;%2&quot;; the archive takes JPEG, PNG, WebP and GIF pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no copy of picture %1 %2 pixels wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture %1 is damaged in the archive (its stored bytes are larger than any picture it takes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smaller copy of %1 is %2 pixels wide: copies are made at the widths Newsroom makes for a picture %3 pixels wide, in ascending order, and hold a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureSource</name>
    <message>
        <source>The pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureType</name>
    <message>
        <source>a JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebP picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BMP picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HEIF picture (as phones save them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AVIF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an icon file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive (or an office document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTextArticleParser</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %L1 of %L2 related items were kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceWords</name>
    <message>
        <source>%1 is editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) are editing</source>
        <translation>
            <numerusform>%1 and %n other are editing</numerusform>
            <numerusform>%1 and %n others are editing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is also editing this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are also editing this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) are also editing this article.</source>
        <translation>
            <numerusform>%1 and %n other are also editing this article.</numerusform>
            <numerusform>%1 and %n others are also editing this article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedChecks</name>
    <message>
        <source>The related list is empty; readers get nowhere to go next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The related list has %n item(s); the house limit is %1.</source>
        <translation>
            <numerusform>The related list has %n item; the house limit is %1.</numerusform>
            <numerusform>The related list has %n items; the house limit is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 links to an article that is not published (%2); readers will see it unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related item %1 (untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 link to the same place: remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seem to tell the same story: keep the one that tells it best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no link: pick an archived article or add an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the address “%2”, which is not a complete http or https link: correct it, or pick an archived article instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to this article itself: pick another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to article #%2, which no longer exists: pick another or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to an article in the trash: restore it, pick another or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related item %1 has no title: give it the one readers will see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a / or \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is . or ..</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with a dot (a hidden file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a name Windows reserves for a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it is %n byte(s) long; at most %1 are allowed</source>
        <translation>
            <numerusform>it is %n byte long; at most %1 are allowed</numerusform>
            <numerusform>it is %n bytes long; at most %1 are allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no secret store answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s name (or a folder holding its socket, starting with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket folder&apos;s name holds a character it cannot hold (a comma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket folder&apos;s path is too long for a socket (at most about 90 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server name: use letters, digits, dots and hyphens (an international name in its xn-- form), or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name holds a NUL character, which no server name can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name is too long (PostgreSQL keeps %1 bytes of a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is too long (PostgreSQL keeps %1 bytes of a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority&apos;s path is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteExporter</name>
    <message>
        <source>The record of the last export was not used, so the files it lists are left in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; the folder keeps what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sitemap.xml: a sitemap needs the site&apos;s address (--base-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled article(s) left out until their time; the first is due %1.</source>
        <translation>
            <numerusform>%n scheduled article left out until its time; it is due %1.</numerusform>
            <numerusform>%n scheduled articles left out until their time; the first is due %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages show no pictures: the archive&apos;s pictures could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePictures</name>
    <message>
        <source>The picture &quot;%1&quot; has no copy %2 pixels wide for the site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteArticleStore</name>
    <message>
        <source>The archive file %1 was deleted or moved away while Newsroom had it open, so nothing more is saved into it. Your text is kept; put the file back, or quit and open the archive where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file %1 was replaced by another file while Newsroom had it open, so nothing more is saved into it. Your text is kept; quit and open the archive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with the id or slug &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import gave %1 file hashes for %2 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of article #%2 is damaged in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article #%1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteErrors</name>
    <message>
        <source>The disk holding the archive is full: free some space and saving resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written: the file or its folder is read-only, or the disk is mounted read-only. Fix the permissions, or copy the archive somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reached the memory Newsroom allows it (1 GiB): the archive holds something far larger than an article, or the query asked too much. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s folder or its files beside it cannot be opened: check that the folder still exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has kept the archive locked for more than five seconds; saving resumes once it lets go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartArchive</name>
    <message>
        <source>Cannot open the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again once the problem is solved, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again once the problem is solved, or work in your own archive (%1) meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;My Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Cannot read the theme file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme file %1 is %2; a theme&apos;s files must be plain files inside its folder, not links to elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme file %1 is larger than %2 KB, the most a theme file may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced while it was being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of the system (/proc or /sys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the theme folder %1: %2. A theme folder holds article.html and style.css, and list.html if it lists articles its own way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; cannot show the sample article: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeRules</name>
    <message>
        <source>The theme file %1 is refused, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must begin with {{%AUTOESCAPE context=&quot;HTML&quot;}}, so that every value is escaped for where it stands in the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {{ marker is never closed with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template has one {{%AUTOESCAPE}}, at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s escaping must be exactly {{%AUTOESCAPE context=&quot;HTML&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme may not change the {{ }} delimiters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme may not include other templates ({{&gt;%1}}); it is article.html, list.html and style.css only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section {{#%1}} stands inside a tag&apos;s name, an attribute&apos;s name or an HTML comment; begin it between attributes or elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section %1 (from line %2) ends in another part of the HTML than it began: shown or hidden, it would change how the rest of the page is read. Close every tag, attribute and element it opens inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a &lt;%1&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the value of the attribute %1 of &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the page&apos;s HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands before &lt;head&gt;; the page&apos;s security policy must come first in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands in an unquoted attribute value; put the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands inside an HTML comment or declaration, where its text could end the comment early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands inside a tag&apos;s markup; a variable may only stand in text or a quoted attribute value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands %2, where the article&apos;s HTML could become code or break the page. Place the body in the page&apos;s HTML, outside &lt;script&gt;, &lt;style&gt;, &lt;title&gt; and attribute values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} would write %2 unescaped %3. Only BODY in the page&apos;s HTML, CSS in &lt;style&gt; and JSON_LD in &lt;script type=&quot;application/ld+json&quot;&gt; may be :none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/%1&gt; comes before &lt;head&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes may not use &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;head&gt; stands inside the section %1; the page&apos;s security policy must always come first in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; comes before &lt;head&gt;; only &lt;!DOCTYPE html&gt; and &lt;html&gt; may, so that the page&apos;s security policy comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text comes before &lt;head&gt;; only &lt;!DOCTYPE html&gt;, &lt;html&gt; and comments may, so that the page&apos;s security policy comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; inside a &lt;%1&gt; element: only its closing tag &lt;/%1&gt; may use &apos;&lt;&apos; there, or the browser and this check could disagree about where it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template ends inside a tag, a comment or an element&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &lt;head&gt;; Newsroom puts the page&apos;s security policy there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme file %1 is refused, line %2: &apos;&lt;&apos; could end the page&apos;s &lt;style&gt; element; in CSS, write it as \3c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (theme &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second element with id=&quot;story&quot; (the first is on line %1); the page has one, where the article goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element with id=&quot;story&quot; stands inside the section %1; it must be on every page, whatever is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands twice (first on line %2); the page shows the article&apos;s body once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write {{%1}} as {{BODY:none}}: the body is HTML that Newsroom has made safe, and escaped again the page would show its tags as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands inside the section %2; the article&apos;s body must be on every page, whatever is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands outside the story: put it inside an element with id=&quot;story&quot;, the part of the page the preview updates as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands outside the story: the element with id=&quot;story&quot; (line %2) has ended before it. Put the body inside that element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stands inside &lt;%2&gt; (line %3), which the body&apos;s own paragraphs, headings, links or tables would end or leave, and so the story. Put the body in a &lt;div&gt;, &lt;main&gt;, &lt;article&gt; or &lt;section&gt; inside the element with id=&quot;story&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no element with id=&quot;story&quot;: the part of the page that holds the article, which the preview updates as you type. Give the element around the headline and {{BODY:none}} that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no {{BODY:none}}, the article&apos;s body; put it inside the element with id=&quot;story&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Newsroom, the desktop editor for news desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this article (id or slug), cursor in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive: a file (default: %1), or a PostgreSQL server&apos;s postgresql://... URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCHIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive to open (as --db), or Markdown articles (.md, .markdown) to import into the archive, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom opens one archive at a time; %1 was left closed: open it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ArchiveBrowser</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the trash; deleted articles can be restored from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles assigned to you; with the status filter on &quot;In review&quot;, what waits for your review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ArchiveListModel</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, going live %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ArchiveOpener</name>
    <message>
        <source>“%1” is not a server address libpq can read: check it, or open the server with File → Open Newsroom Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 is not there any more (moved, renamed or deleted, or its disk is not connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password kept for this server was refused (it may have been changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused that password; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no secret store to keep it in (%1), so it is asked each time and kept nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept in the desktop&apos;s secret store, so that it is asked only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s secret store: it will not be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the desktop&apos;s secret store (%1); it will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive server asks for the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ArchivePicker</name>
    <message>
        <source>Add from the archive: search headlines and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ArticleDetails</name>
    <message>
        <source>Parts of this article were drafted with an AI tool and checked by our editors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, as the story opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time still to come schedules the article: the site leaves it out until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one, two, three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;I-generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure readers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;yline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: on the site from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length the desk asked for: the status bar shows how far along the story is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on the desk has the story now; &quot;Assigned to me&quot; in the archive list finds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ArticleDocument</name>
    <message>
        <source>Typing in the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the length target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the lead image&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dek: one sentence that sells the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the story in Markdown: ## for a section heading, **bold**, *italic*, [link](https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over the house limit by %n character(s)</source>
        <translation>
            <numerusform>Over the house limit by %n character</numerusform>
            <numerusform>Over the house limit by %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tool&apos;s tip: what it does (its keys)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s text, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::BackupScheduler</name>
    <message>
        <source>Backed up the archive to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is on a PostgreSQL server; it is backed up there (pg_dump), not by Newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::BlurbDelegate</name>
    <message>
        <source>Blurb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::BodyEditor</name>
    <message>
        <source>link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::BodyPictures</name>
    <message>
        <source>Insert picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story cannot be changed while it is in the trash; the picture is in the library. Restore the article to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the pictures were not added. The first: %1</source>
        <translation>
            <numerusform>%n of the pictures was not added. The first: %1</numerusform>
            <numerusform>%n of the pictures were not added. The first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the picture library; the story it was dropped into was closed meanwhile. Place it from the Pictures panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ChecklistPanel</name>
    <message>
        <source>Ready to publish: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (errors: %1, warnings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: double-click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix before publishing; press Return or double-click a finding to go to the field, or to the archived article it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: double-click to open #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ConflictBar</name>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the archive&apos;s newest version; your text is kept in a recovery file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your text as the newest version; theirs stays in Revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your text and theirs side by side; keep yours, take theirs or pick field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Elsewhere: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text and the archive&apos;s newest version are the same: Take Theirs loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article was saved elsewhere (another window, process or colleague) while you were editing it. Only the fields that differ are listed. Nothing is written to the archive until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (version %1, saved at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (version %1, saved by %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your text as the newest version; theirs stays in Revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their version; your text is kept in a recovery file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the fields picked above into the editor as one undoable step; it is saved as the version after theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later: nothing is saved meanwhile and the bar stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, yours</source>
        <extracomment>%1 is a field&apos;s name (&quot;Headline&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, theirs</source>
        <extracomment>%1 is a field&apos;s name (&quot;Headline&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>%1 is a field&apos;s name (&quot;Headline&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <extracomment>%1 is a field&apos;s name (&quot;Headline&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As merged below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: use the merged text below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged bod&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged body: start from your body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged body: start from their body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words only in yours are %1; words only in theirs are %2.</source>
        <extracomment>%1 is &quot;struck through&quot;, %2 &quot;underlined&quot;, each shown so</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struck through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts as yours: edit here to combine both, copying from the texts above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides&apos; changes, merged paragraph by paragraph: check and edit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged paragraph by paragraph; %n passage(s) both of you changed appear twice, yours first: keep one.</source>
        <translation>
            <numerusform>Merged paragraph by paragraph; %n passage both of you changed appears twice, yours first: keep one.</numerusform>
            <numerusform>Merged paragraph by paragraph; %n passages both of you changed appear twice, yours first: keep one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsroom::DeskNotesPanel</name>
    <message>
        <source>A&amp;dd Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can be added once the article is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since it was begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2, set by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has as many notes as it can keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the desk, e.g. “legal checked”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::EditorSession</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is back in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version could not be kept aside, so it stays in the editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was settled otherwise meanwhile; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with Their Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ExportController</name>
    <message>
        <source>%1 The built-in theme was used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown with front matter (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Site To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; the pages written so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n page written</numerusform>
            <numerusform>%n pages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the archive itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page written to %1 with %n picture(s)</source>
        <translation>
            <numerusform>Page written to %1 with %n picture</numerusform>
            <numerusform>Page written to %1 with %n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsroom::FieldChangesView</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much changed to compare word by word everywhere: some changed lines are shown whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length target (words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::FindBar</name>
    <message>
        <source>Find in body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <comment>the find bar&apos;s close button (its key)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::LanguageField</name>
    <message>
        <source>Guess from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s language, for its spelling and its page. Pick one, type a language tag such as pt-BR, or leave it empty to guess it from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the language to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::LeadImagePanel</name>
    <message>
        <source>Lead image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to choose the lead image; drop a picture here or paste one with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrower than %L1 pixels: social cards show it small or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pic&amp;k File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a picture file for the lead image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the picture on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead image (the picture stays in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows, for this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: name / agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reader who cannot see it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hoto credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the lead image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the lead image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Lead Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lead image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead image.
Drop a picture here or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no picture %1…: choose another lead image, or remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %L2 × %L3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article in the trash keeps its lead image; restore the article to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy one, or pick a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::LengthProgress</name>
    <message>
        <source>Length against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %L1 · Reading time: %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a length target in the Details panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %L1 of %L2 · Reading time: %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) to go</source>
        <translation>
            <numerusform>%n word to go</numerusform>
            <numerusform>%n words to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) over the target</source>
        <translation>
            <numerusform>%n word over the target</numerusform>
            <numerusform>%n words over the target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsroom::MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged, so it opened read-only: read and export what it still holds, or restore a backup to go on writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is read-only here (its file, folder or disk): you can read, search and export it, and what you type is kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Archive from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom archives (*.newsroom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the archive&apos;s content with the backup %1?

The archive as it is now is kept first, as a copy beside it; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the archive from %1. The archive as it was is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (another window, process or colleague) while you were editing it. Nothing is overwritten until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was updated elsewhere; this is the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Archive from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up the Archive &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;Page as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Article as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whole &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at &amp;Desktop Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at &amp;Phone Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved to the trash; tick Trash in the list to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Ready to Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes to “%1” are not in the archive yet.

%2

They are kept on this computer and offered back the next time you open this archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive %1: %Ln article(s)</source>
        <translation>
            <numerusform>Archive %1: %Ln article</numerusform>
            <numerusform>Archive %1: %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the Panels &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at T&amp;ablet Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Newsroom &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a P&amp;icture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n picture(s) to the archive…</source>
        <translation>
            <numerusform>Adding %n picture to the archive…</numerusform>
            <numerusform>Adding %n pictures to the archive…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::MarkdownFileImport</name>
    <message>
        <source>Import Markdown Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n Markdown article(s) into %1?</source>
        <translation>
            <numerusform>Import %n Markdown article into %1?</numerusform>
            <numerusform>Import %n Markdown articles into %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Importing %n article…</numerusform>
            <numerusform>Importing %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already in the archive.</source>
        <translation>
            <numerusform>%n was already in the archive.</numerusform>
            <numerusform>%n were already in the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see Show Details).</source>
        <translation>
            <numerusform>…and %n more (see Show Details).</numerusform>
            <numerusform>…and %n more (see Show Details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsroom::OfflineStatus</name>
    <message>
        <source>Offline — changes kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Everything you type is kept in this computer&apos;s recovery journal and is saved to the server as soon as it can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s section headings; pick one to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headings yet: start a line with ## for one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::OutsideLinkDialog</name>
    <message>
        <source>Add Outside Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blurb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be a complete http:// or https:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the link a title readers will see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::PictureImporter</name>
    <message>
        <source>%1 was not added to the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::PictureLibraryPanel</name>
    <message>
        <source>Find pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring picture files into the archive&apos;s library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the picture in the story at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures yet: drop one on the story or add some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Pictures to the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of a picture&apos;s caption, credit, alt text or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a story that uses the picture next starts with; the stories that use it now keep their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert in Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Lead Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::PictureListModel</name>
    <message>
        <source>%1, %L2 × %L3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alt text yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::PreferencesDialog</name>
    <message>
        <source>Back up the archive &amp;daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;theme folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dek limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related list limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Theme Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be a complete address such as https://news.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This theme was refused; the one in use stays. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline &amp;misspelt words, in each article&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed (Debian: hunspell-en-us and the like).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionaries installed: %1. Other languages are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: export the site by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site in this folder is brought up to date whenever an article is published, and when a scheduled article&apos;s time comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::PresenceBar</name>
    <message>
        <source>Also editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::PreviewWidget</name>
    <message>
        <source>Preview problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview has no page theme to show the article with. Choose a theme in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot show this version of the article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview stopped following your edits: its page has no element with id=&quot;%1&quot; to show the article in. Reload the preview; if this happens again, choose another page theme in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::RecentArchivesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Archives Opened Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::RecoveryBar</name>
    <message>
        <source>Unsaved text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this text back into the editor; Undo takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this unsaved text for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text typed in “%1” (last kept %2) never reached the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive does not have this article: Restore makes it a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s copy has changed since; compare before restoring (its version stays in Revisions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Text and the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own version of “%1” was kept aside on %2, when you loaded the one changed elsewhere. Compare it with this one, restore it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::RelatedListModel</name>
    <message>
        <source>Article #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit related title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit related blurb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder related articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::RelatedPanel</name>
    <message>
        <source>Add &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the archive (double-click to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link “%1” to related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ article #%1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ article #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for related articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing related found in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::RevisionsDialog</name>
    <message>
        <source>Revisions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this version back into the editor (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no saved versions of this article yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published versions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the versions readers could have seen (and, when there is one alone, the version before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>%1 is a time (&quot;30 Nov 14:02&quot;), %2 a person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <extracomment>%1 is &quot;30 Nov 14:02 by Dana&quot; (or only the time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2, %3</source>
        <extracomment>%1 and %2 are statuses, %3 is &quot;30 Nov 14:02 by Dana&quot; (or only the time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1, %2</source>
        <extracomment>%1 is the time of the version brought back, %2 &quot;30 Nov 14:02 by Dana&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 is &quot;30 Nov 14:02 by Dana&quot; (or only the time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, the current one: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only version so far: there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::SaveProblemBar</name>
    <message>
        <source>Saving problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now instead of waiting for the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to bring back; the archive as it is now is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to the archive. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing: your text is kept on this computer and saved as soon as the archive takes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::ServerDialog</name>
    <message>
        <source>Open Newsroom Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive.newsroom.example, or /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, server certificate checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate not checked (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Newsroom&apos;s Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket on this computer: the connection never leaves it, so it needs no encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::SitePublisher</name>
    <message>
        <source>The site in %1 could not be brought up to date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The site in %1 is up to date: %n page(s) written.</source>
        <translation>
            <numerusform>The site in %1 is up to date: %n page written.</numerusform>
            <numerusform>The site in %1 is up to date: %n pages written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next scheduled article goes live %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsroom::TagLineEdit</name>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
