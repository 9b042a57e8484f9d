package dev.dlready.bank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where quiz files come from ({@code dlready.content.*}).
 *
 * @param folder the quizzes/ folder; when it does not exist, the copy packaged in the application is used
 * @param loadOnStartup whether the bank is synchronised with the files at every start
 */
@ConfigurationProperties("dlready.content")
public record ContentSettings(@DefaultValue("quizzes") String folder, @DefaultValue("true") boolean loadOnStartup) {}
