package vn.tongket.web;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;

import java.lang.reflect.Method;

/**
 * The label of any enum value in the reader's language: {@code {item.kind.label}}. The message key is the enum's
 * simple name with a lower-case first letter, an underscore and the constant ("agendaKind_OPENING").
 */
public final class Labels {

    private Labels() {
    }

    @TemplateExtension
    static String label(Enum<?> value, @TemplateAttribute("locale") Object locale) {
        return of(value, locale == null ? Localization.VIETNAMESE : locale.toString());
    }

    public static String of(Enum<?> value, String language) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "_" + value.name();
        Messages messages = Localization.messages(language.startsWith(Localization.ENGLISH) ? Localization.ENGLISH : Localization.VIETNAMESE);
        try {
            Method method = messages.getClass().getMethod(key);
            return (String) method.invoke(messages);
        } catch (ReflectiveOperationException e) {
            return value.name();
        }
    }
}
