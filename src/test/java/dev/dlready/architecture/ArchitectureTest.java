package dev.dlready.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** The boundaries of docs/decisions/0001-package-by-feature.md, checked on every build. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.dlready");

    @Test
    void features_have_no_cycles() {
        slices().matching("dev.dlready.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void views_never_touch_entities_or_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("views call the services of their feature; entities and repositories stay behind them")
                .check(CLASSES);
    }

    @Test
    void a_feature_reaches_another_feature_only_through_its_public_root() {
        noClasses().that().resideInAPackage("dev.dlready.(*)..")
                .should(new InternalOfOtherFeature())
                .check(CLASSES);
    }

    @Test
    void the_base_shell_does_not_depend_on_features_other_than_accounts() {
        noClasses().that().resideInAPackage("dev.dlready.base..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.dlready.home..", "dev.dlready.content..", "dev.dlready.bank..")
                .check(CLASSES);
    }

    @Test
    void views_never_load_question_versions_without_an_access_check() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.bank.QuestionVersions")
                .because("QuestionVersions serves grading without a signed-in user; views must use checked services")
                .check(CLASSES);
    }

    @Test
    void views_never_read_every_students_answers_without_an_access_check() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.attempt.ResponseArchive")
                .because("ResponseArchive serves calibration across all students; views must use checked services")
                .check(CLASSES);
    }

    @Test
    void views_never_use_the_unchecked_server_side_lookups() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.account.AccountDirectory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.attempt.AnswerRecords")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.attempt.CourseQuizRecords")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.readiness.CandidateReadiness")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.report.ApiTokenAuthenticator")
                .because("these read any user's data without a check; views go through services that check access")
                .check(CLASSES);
    }

    @Test
    void another_users_readiness_is_computed_only_behind_a_share_or_cohort_ownership_check() {
        noClasses().that().resideOutsideOfPackages("dev.dlready.report..", "dev.dlready.readiness..")
                .and().doNotHaveFullyQualifiedName("dev.dlready.cohort.CohortService")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.readiness.CandidateReadiness")
                .because("only the report feature, after ReportAccess has found an active share, and the cohort "
                        + "dashboard, for members of the instructor's own cohort, read another user's readiness")
                .check(CLASSES);
    }

    @Test
    void no_feature_depends_on_the_report_feature() {
        noClasses().that().resideOutsideOfPackage("dev.dlready.report..")
                .should().dependOnClassesThat().resideInAPackage("dev.dlready.report..")
                .check(CLASSES);
    }

    @Test
    void answer_keys_reach_views_only_through_the_key_free_presentation() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.question.Question")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.dlready.bank.BankQuestion")
                .because("a view shows QuestionToAsk before submission; keys stay on the server")
                .check(CLASSES);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should(new HasExactlyOneAccessAnnotation(
                        RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class))
                .check(CLASSES);
    }

    @Test
    void engines_are_free_of_frameworks() {
        noClasses().that().resideInAPackage("..engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "com.vaadin..", "java.io..", "java.nio.file..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
