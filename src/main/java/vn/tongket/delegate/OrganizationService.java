package vn.tongket.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.util.List;

/** Organisations: found by exact name (NFC) or created on first use. */
@ApplicationScoped
public class OrganizationService {

    /** An organisation's name and successor show in its delegates' letters. */
    @Inject
    Event<DelegateChanged> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public Organization findOrCreate(String name) {
        String clean = Text.clean(name);
        if (clean == null) {
            return null;
        }
        return Organization.findByName(clean).orElseGet(() -> {
            Organization o = new Organization();
            o.name = clean;
            o.level = guessLevel(clean);
            o.grassroots = o.level.communeLevel();
            o.persist();
            return o;
        });
    }

    @Transactional
    public Organization create(String name, OrganizationLevel level, boolean grassroots, int precedence) {
        Organization o = findOrCreate(name);
        o.level = level;
        o.grassroots = grassroots;
        o.precedence = precedence;
        changed.fire(DelegateChanged.organization());
        return o;
    }

    /**
     * Creates or corrects an organisation; parent and successor are given by name (found or created), e.g. a
     * district merged away in 2025 gets the commune or province that took over its work as successor.
     */
    @Transactional
    public Organization save(String name, OrganizationLevel level, boolean grassroots, int precedence,
                             String parent, String successor) {
        Organization o = create(name, level, grassroots, precedence);
        o.parent = findOrCreate(parent);
        o.successor = findOrCreate(successor);
        if (o.parent == o || o.successor == o) {
            throw ProblemException.invalid(o.parent == o ? "parent" : "successor", m -> m.organizationSelfReference());
        }
        changed.fire(DelegateChanged.organization());
        return o;
    }

    /** Adds an organisation from the organisations page; unlike {@link #save} a name already there is refused. */
    @Transactional
    public Organization add(String name, OrganizationLevel level, boolean grassroots, int precedence, Long parentId) {
        String clean = Text.clean(name);
        if (Organization.findByName(clean).isPresent()) {
            throw new ProblemException(409, "name", m -> m.organizationNameTaken(clean));
        }
        Organization o = new Organization();
        o.name = clean;
        apply(o, level, grassroots, precedence, parentId);
        o.persist();
        changed.fire(DelegateChanged.organization());
        return o;
    }

    /** Corrects an organisation, its name included (the name shows in its delegates' letters from then on). */
    @Transactional
    public Organization update(long id, String name, OrganizationLevel level, boolean grassroots, int precedence,
                               Long parentId) {
        Organization o = get(id);
        String clean = Text.clean(name);
        Organization.findByName(clean).filter(other -> other != o).ifPresent(other -> {
            throw new ProblemException(409, "name", m -> m.organizationNameTaken(clean));
        });
        o.name = clean;
        apply(o, level, grassroots, precedence, parentId);
        changed.fire(DelegateChanged.organization());
        return o;
    }

    public Organization get(long id) {
        Organization o = Organization.findById(id);
        if (o == null) {
            throw ProblemException.notFound(m -> m.organizationNotFound(id));
        }
        return o;
    }

    /** A parent must exist and must not be the organisation itself or one of the units under it (a loop). */
    private static void apply(Organization o, OrganizationLevel level, boolean grassroots, int precedence,
                              Long parentId) {
        Organization parent = null;
        if (parentId != null) {
            parent = Organization.findById(parentId);
            if (parent == null) {
                throw ProblemException.invalid("parent", m -> m.organizationNotFound(parentId));
            }
            for (Organization up = parent; up != null; up = up.parent) {
                if (up == o) {
                    throw ProblemException.invalid("parent", m -> m.organizationSelfReference());
                }
            }
        }
        o.level = level;
        o.grassroots = grassroots;
        o.precedence = precedence;
        o.parent = parent;
    }

    public List<Organization> list() {
        return Organization.listByName();
    }

    /** A first guess from the name, which the administrator can correct. */
    static OrganizationLevel guessLevel(String name) {
        String n = name.toLowerCase();
        if (n.contains("phòng thủ khu vực")) {
            return OrganizationLevel.REGIONAL_DEFENCE_COMMAND;
        }
        if (n.startsWith("đặc khu ") || n.contains(" đặc khu ")) {
            return OrganizationLevel.SPECIAL_ZONE;
        }
        if (n.startsWith("phường ") || n.contains(" phường ")) {
            return OrganizationLevel.WARD;
        }
        if (n.startsWith("xã ") || n.startsWith("thị trấn ") || n.contains(" xã ")) {
            return OrganizationLevel.COMMUNE;
        }
        if (n.contains("huyện") || n.contains("thị xã") || n.contains("thành phố")) {
            return OrganizationLevel.DISTRICT;
        }
        if (n.contains("quân khu")) {
            return OrganizationLevel.MILITARY_REGION;
        }
        if (n.contains("bộ tổng tham mưu") || n.contains("bộ quốc phòng") || n.contains("cục ")) {
            return OrganizationLevel.CENTRAL;
        }
        if (n.contains("tỉnh")) {
            return OrganizationLevel.PROVINCE;
        }
        return OrganizationLevel.OTHER;
    }
}
