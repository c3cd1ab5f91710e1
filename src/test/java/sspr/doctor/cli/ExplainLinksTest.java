package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sspr.doctor.catalog.ErrorCode;
import sspr.doctor.diagnosis.Catalogs;

class ExplainLinksTest {
    @Test
    void everyCodeLinksOnlyToWellFormedLearnAddresses() {
        for (String code : Catalogs.errors("en").codes()) {
            for (ErrorCode e : Catalogs.errors("en").find(code)) {
                List<String> urls = ExplainCommand.docUrls(e.docPath());
                assertThat(urls).as(code).isNotEmpty();
                for (String url : urls) assertThat(url).as(code).matches("https://learn\\.microsoft\\.com/(entra|troubleshoot)/[a-z0-9/._-]+");
            }
        }
    }

    @Test
    void severalPathsGiveSeveralLinksAndNotesGiveTheGeneralPage() {
        assertThat(ExplainCommand.docUrls("docs/identity/authentication/troubleshoot-sspr.md ; "
                + "MicrosoftDocs/SupportArticles-docs: support/entra/entra-id/user-prov-sync/password-writeback-error-code-sspr-0029.md"))
                .containsExactly("https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr",
                        "https://learn.microsoft.com/troubleshoot/entra/entra-id/user-prov-sync/password-writeback-error-code-sspr-0029");
        assertThat(ExplainCommand.docUrls("unverified (no public Microsoft doc found)"))
                .containsExactly("https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr");
    }
}
