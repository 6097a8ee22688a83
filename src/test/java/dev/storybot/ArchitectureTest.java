package dev.storybot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package picture runs one way: entry points → adapters and ops → shared chat and HTTP plumbing → answering →
 * retrieval, knowledge, feedback and shared state → settings and core; and the answering core uses no platform or chat-model types.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.storybot";
    private static final List<String> ADAPTERS = List.of("discord", "slack", "ops", "scoring", "ingest");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void should_depend_only_downwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("entry")
                .definedBy(ROOT, ROOT + ".cli..")
                .layer("adapters")
                .definedBy(ADAPTERS.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
                .layer("chat")
                .definedBy(ROOT + ".chat..", ROOT + ".http..")
                .layer("answering")
                .definedBy(ROOT + ".answering..", ROOT + ".llm..")
                .layer("data")
                .definedBy(ROOT + ".retrieval..", ROOT + ".knowledge..", ROOT + ".feedback..", ROOT + ".state..")
                .layer("base")
                .definedBy(ROOT + ".settings..", ROOT + ".core..")
                .whereLayer("entry")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("adapters")
                .mayOnlyBeAccessedByLayers("entry")
                .whereLayer("chat")
                .mayOnlyBeAccessedByLayers("entry", "adapters")
                .whereLayer("answering")
                .mayOnlyBeAccessedByLayers("entry", "adapters", "chat")
                .whereLayer("data")
                .mayOnlyBeAccessedByLayers("entry", "adapters", "chat", "answering")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"discord", "slack", "ops", "scoring", "ingest"})
    void should_keep_each_adapter_independent_of_the_others(String adapter) {
        String[] others = ADAPTERS.stream()
                .filter(p -> !p.equals(adapter))
                .map(p -> ROOT + "." + p + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + adapter + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .check(classes);
    }

    @Test
    void should_keep_core_below_settings() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".settings..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "answering", "retrieval", "knowledge"})
    void should_keep_platform_and_chat_model_types_out_of_the_answering_core(String layer) {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + layer + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "net.dv8tion..",
                        "com.slack..",
                        "dev.langchain4j.model.chat..",
                        "dev.langchain4j.model.openai..",
                        "dev.langchain4j.data.message..")
                .check(classes);
    }
}
