package app.rada;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.rada.security.PasswordResetService;
import app.rada.shared.SeedingTime;
import app.rada.shared.security.SystemActor;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/**
 * House rules that the module check alone does not hold.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.rada");

    @Test
    void every_route_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void services_check_access_with_pre_authorize_not_jsr250() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().belongToAnyOf(RolesAllowed.class, PermitAll.class)
                .check(classes);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void views_never_reach_into_a_modules_internals() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .check(classes);
    }

    @Test
    void views_never_use_the_listeners_api() {
        // the api packages answer without asking who calls: only listeners and jobs may use them
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("app.rada.*.api..")
                .check(classes);
    }

    @Test
    void only_jobs_and_the_demo_act_as_the_system() {
        // the first administrator is created at start-up, before anyone exists; a password reset acts for
        // the person who proved a one-time link, before they can sign in
        noClasses().that().resideOutsideOfPackage("app.rada.demo..")
                .and().haveSimpleNameNotEndingWith("Job")
                .and().haveSimpleNameNotEndingWith("Clock")
                .and().doNotHaveFullyQualifiedName("app.rada.people.FirstAdministrator")
                // the REST API files an idea in a member's name for staff, with the member's own rights
                .and().doNotHaveFullyQualifiedName("app.rada.api.OnBehalf")
                .and().doNotBelongToAnyOf(SystemActor.class, PasswordResetService.class)
                .should().dependOnClassesThat().belongToAnyOf(SystemActor.class)
                .check(classes);
    }

    @Test
    void only_the_demo_programme_sets_the_seeding_time() {
        // every other class takes the real time from the clock; the demo dates its history through it
        noClasses().that().resideOutsideOfPackages("app.rada.demo..", "app.rada.shared")
                .should().dependOnClassesThat().belongToAnyOf(SeedingTime.class)
                .check(classes);
    }

    @Test
    void repositories_live_in_a_modules_internals() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().resideInAPackage("..internal..")
                .check(classes);
    }

    @Test
    void entities_live_in_a_modules_internals() {
        // other modules and views read records and events; the mapped classes stay inside their module
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("..internal..")
                .check(classes);
    }
}
