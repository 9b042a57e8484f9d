package dev.dlready.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.report.ShareService;
import jakarta.annotation.security.RolesAllowed;

/** The student's own report exactly as a recruiter would see it now, before or after sharing it. */
@Route("sharing/preview")
@PageTitle("What recruiters see")
@RolesAllowed("STUDENT")
public class SharingPreviewView extends Main {

    public SharingPreviewView(ShareService sharing) {
        addClassNames("page", "report-page");
        var report = sharing.preview();
        var back = new Anchor("sharing", "← Sharing");
        back.addClassName("back-link");
        var title = new H2("What recruiters see");
        title.setId("preview-title");
        var note = new Paragraph("This is your report as a recruiter you share with sees it right now: built from your timed "
                + "exams only, with how they were taken. It changes as you sit more exams. Opening this preview is not "
                + "recorded.");
        note.addClassName("muted");
        add(back, title, note, ReportBody.of(report, "Recruiters who open it are listed on your sharing page."));
    }
}
