package be.ariadne.casefile;

import be.ariadne.shared.Actor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the case overview screen: one section per compartment the reader may read, nothing of the
 * others (not even a heading), with the records, notes, documents, tasks and events of that
 * compartment and links to change what the reader may write.
 */
@Component
class CaseOverview {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Brussels"));

    private final CaseRecords records;
    private final CaseReading reading;
    private final CaseStages stages;
    private final CaseDocuments documents;
    private final Sharing sharing;
    private final CaseForms forms;

    CaseOverview(CaseRecords records, CaseReading reading, CaseStages stages, CaseDocuments documents, Sharing sharing, CaseForms forms) {
        this.records = records;
        this.reading = reading;
        this.stages = stages;
        this.documents = documents;
        this.sharing = sharing;
        this.forms = forms;
    }

    record RowView(long id, int version, List<String> cells, String editUrl, String deleteUrl) {
    }

    record TableView(String entity, String title, List<String> headers, List<RowView> rows, String addUrl, String addLabel) {
    }

    record NoteView(long id, String bodyHtml, String author, String organisation, String at, String editUrl) {
    }

    record DocView(long id, String fileName, String type, String size, String at, String by, String url) {
    }

    record SectionView(String compartment, String anchor, String title, boolean writable, boolean viaBreakGlass,
                       List<CaseForms.Fact> facts, String editUrl, List<TableView> tables, List<NoteView> notes, String addNoteUrl,
                       List<DocView> documents, String uploadUrl, List<String> fragments) {
    }

    record Header(String code, String centre, String stage, String status, boolean canMove, boolean canClose, boolean manageSharing,
                  boolean viaBreakGlass) {
    }

    Header header(CaseScope scope, CaseState.Head head) {
        boolean canMove = false;
        for (Stage s : Stage.values()) {
            if (s == head.stage()) continue;
            if (StageRules.movers(head.stage(), s).stream().anyMatch(c -> scope.may(c, Access.WRITE))) canMove = true;
        }
        boolean manage = (scope.holder() || scope.system()) && scope.may(Compartment.CASE_SUMMARY, Access.WRITE);
        return new Header(scope.ref().code(), scope.ref().holdingOrganisationCode(), forms.codeLabel(CodeLists.STAGES, head.stage().name()),
                forms.codeLabel(CodeLists.CASE_STATUSES, head.status().name()), canMove && !head.status().closed(),
                scope.may(Compartment.CASE_SUMMARY, Access.WRITE), manage, scope.breakGlassGrant() != null);
    }

    List<SectionView> sections(CaseScope scope) {
        List<SectionView> out = new ArrayList<>();
        long id = scope.ref().id();
        String base = "/cases/" + scope.ref().code();
        Set<Compartment> readable = scope.readable();
        List<CaseRecords.Row> notes = records.list(CaseModel.NOTES, id, readable);
        List<CaseRecords.Row> tasks = records.list(CaseModel.TASKS, id, readable);
        List<CaseRecords.Row> events = records.list(CaseModel.EVENTS, id, readable);
        List<CaseDocuments.Document> docs = documents.list(scope, readable);
        boolean holder = scope.holder() || scope.system();
        for (Compartment c : Compartment.values()) {
            if (!readable.contains(c)) continue;
            boolean w = scope.may(c, Access.WRITE);
            List<CaseForms.Fact> facts = new ArrayList<>();
            String editUrl = null;
            var single = CaseModel.singletonOf(c);
            if (single.isPresent()) {
                CaseRecords.Row row = records.singleton(single.get(), id);
                EntitySpec form = single.get();
                facts.addAll(forms.facts(form, row.values(), holder, c != Compartment.CASE_SUMMARY, f -> scope.reads(form, f)));
                if (w && scope.readsAll(form)) editUrl = base + "/edit/" + form.name;
            }
            List<TableView> tables = new ArrayList<>();
            if (c == Compartment.CASE_SUMMARY) {
                tables.add(transitions(id));
                tables.add(assessments(id));
            }
            for (EntitySpec e : CaseModel.listsOf(c)) {
                if (scope.reads(e)) tables.add(table(scope, e, records.list(e, id, readable), w && scope.readsAll(e), null));
            }
            tables.add(table(scope, CaseModel.TASKS, tasks.stream().filter(r -> r.compartment() == c).toList(), w, c));
            tables.add(table(scope, CaseModel.EVENTS, events.stream().filter(r -> r.compartment() == c).toList(), w, c));
            List<NoteView> noteViews = notes.stream().filter(r -> r.compartment() == c).map(r -> new NoteView(r.id(),
                    CaseForms.multiline((String) r.get("body")), r.createdBy(), r.createdByOrg(), WHEN.format(r.createdAt()),
                    w && r.createdBy().equals(scope.actor().username()) ? base + "/records/notes/" + r.id() + "/edit" : null)).toList();
            List<DocView> docViews = docs.stream().filter(d -> d.compartment() == c).map(d -> new DocView(d.id(), d.fileName(),
                    forms.codeLabel(CodeLists.DOCUMENT_TYPES, d.type()), size(d.size()), WHEN.format(d.uploadedAt()), d.uploadedBy(),
                    base + "/documents/" + d.id())).toList();
            out.add(new SectionView(c.name(), "section-" + c.name().toLowerCase().replace('_', '-'),
                    forms.codeLabel(CodeLists.COMPARTMENTS, c.name()), w, scope.viaBreakGlass().contains(c), facts, editUrl, tables,
                    noteViews, w ? base + "/records/notes/new?compartment=" + c.name() : null, docViews,
                    w ? base + "/documents/new?compartment=" + c.name() : null, reading.fragments(scope, c)));
        }
        return out;
    }

    private TableView transitions(long caseId) {
        List<RowView> rows = new ArrayList<>();
        for (CaseStages.TransitionView t : stages.transitions(caseId)) {
            rows.add(new RowView(t.id(), 0, List.of(t.date().toString(), forms.msg("casefile.transition.kind." + t.kind()),
                    t.from() == null ? "" : forms.codeLabel(CodeLists.STAGES, t.from().name()), forms.codeLabel(CodeLists.STAGES, t.to().name()),
                    t.reasonCode() != null ? forms.codeLabel(CodeLists.CLOSE_REASONS, t.reasonCode()) + (t.reason() == null ? "" : " — " + t.reason())
                            : t.reason() == null ? "" : t.reason(),
                    t.author() + (t.authorOrg() == null ? "" : " (" + t.authorOrg() + ")")), null, null));
        }
        return new TableView("transitions", forms.msg("casefile.transitions.title"), List.of(forms.msg("casefile.transition.date"),
                forms.msg("casefile.transition.kind"), forms.msg("casefile.transition.from"), forms.msg("casefile.transition.to"),
                forms.msg("casefile.transition.reason"), forms.msg("casefile.transition.author")), rows, null, null);
    }

    /** The case's assessments (e.g. the screening a referral brought in as the first assessment), read-only. */
    private TableView assessments(long caseId) {
        List<RowView> rows = new ArrayList<>();
        for (Map<String, Object> a : reading.assessments(caseId)) {
            rows.add(new RowView((Long) a.get("id"), 0, List.of(String.valueOf(a.get("assessedOn")), String.valueOf(a.get("source")),
                    a.get("catalogueVersion") == null ? "" : String.valueOf(a.get("catalogueVersion")), joined(a.get("signs")),
                    joined(a.get("indicators"))), null, null));
        }
        return new TableView("assessments", forms.msg("casefile.records.assessments"), List.of(forms.msg("casefile.assessment.date"),
                forms.msg("casefile.assessment.source"), forms.msg("casefile.assessment.catalogue"), forms.msg("casefile.assessment.signs"),
                forms.msg("casefile.assessment.indicators")), rows, null, null);
    }

    private static String joined(Object list) {
        return list instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : "";
    }

    TableView table(CaseScope scope, EntitySpec e, List<CaseRecords.Row> rows, boolean writable, Compartment perRow) {
        String base = "/cases/" + scope.ref().code() + "/records/" + e.name;
        List<String> headers = new ArrayList<>();
        for (FieldSpec f : e.fields) headers.add(forms.label(e, f));
        List<RowView> views = new ArrayList<>();
        for (CaseRecords.Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (FieldSpec f : e.fields) cells.add(forms.display(f, r.get(f.name)));
            boolean deletable = writable && e != CaseModel.NOTES;
            views.add(new RowView(r.id(), r.version(), cells, writable ? base + "/" + r.id() + "/edit" : null,
                    deletable ? base + "/" + r.id() + "/delete" : null));
        }
        String add = writable ? base + "/new" + (perRow != null ? "?compartment=" + perRow.name() : "") : null;
        return new TableView(e.name, forms.msg("casefile.records." + e.name), headers, views, add, forms.msg("casefile.records." + e.name + ".add"));
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return (bytes / 1024) + " KB";
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    boolean manages(CaseScope scope) {
        try {
            sharing.requireManager(scope);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }

    static boolean isHolder(Actor a, CaseRef r) {
        return a.organisationId() == r.holdingOrganisationId();
    }
}
