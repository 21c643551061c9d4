package vn.tongket.web;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * The label of an enum value: looked up in the bundle of the enum's feature (for vn.tongket.invitation.X,
     * vn.tongket.invitation.InvitationMessages) when it exists, then in the shared {@link Messages}.
     */
    public static String of(Enum<?> value, String language) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "_" + value.name();
        String lang = language.startsWith(Localization.ENGLISH) ? Localization.ENGLISH : Localization.VIETNAMESE;
        for (Class<?> bundle : bundlesFor(value.getDeclaringClass())) {
            try {
                Object messages = Localization.bundle(bundle, lang);
                Method method = messages.getClass().getMethod(key);
                return (String) method.invoke(messages);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not in this bundle: try the next
            }
        }
        return value.name();
    }

    private static List<Class<?>> bundlesFor(Class<?> enumType) {
        return FEATURE_BUNDLES.computeIfAbsent(enumType, t -> {
            List<Class<?>> bundles = new ArrayList<>();
            String pkg = t.getPackageName();
            String feature = pkg.substring(pkg.lastIndexOf('.') + 1);
            String name = pkg + "." + Character.toUpperCase(feature.charAt(0)) + feature.substring(1) + "Messages";
            try {
                bundles.add(Class.forName(name, true, Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException e) {
                // the feature keeps its labels in the shared bundle
            }
            bundles.add(Messages.class);
            return bundles;
        });
    }

    private static final Map<Class<?>, List<Class<?>>> FEATURE_BUNDLES = new ConcurrentHashMap<>();
}
