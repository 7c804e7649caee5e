package app.rada.ideas;

import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaStore;
import app.rada.ideas.internal.ImageCheck;
import app.rada.shared.Problem;
import app.rada.shared.images.CleanImages;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pictures of ideas: what an upload must be to be kept, and serving a stored one to whoever may
 * see its idea.
 */
@Service
@Transactional(readOnly = true)
public class IdeaImageService {

    /** An upload that passed the checks, as it is stored. */
    record Prepared(String contentType, String fileName, byte[] content) {
    }

    private final IdeaRepository ideas;
    private final IdeaStore store;

    IdeaImageService(IdeaRepository ideas, IdeaStore store) {
        this.ideas = ideas;
        this.store = store;
    }

    /** An image of an idea the caller may see. */
    @PreAuthorize(Access.MEMBER)
    public IdeaImage image(long imageId) {
        var me = CurrentUser.require();
        var stored = store.image(imageId).orElseThrow(() -> new NoSuchElementException("image " + imageId));
        var idea = ideas.findById(stored.ideaId())
                .orElseThrow(() -> new NoSuchElementException("idea " + stored.ideaId()));
        if (!idea.visibleTo(me.personId(), me.isStaff())) {
            throw new AccessDeniedException("Idea not visible to this person");
        }
        return stored.image();
    }

    /**
     * Checks every upload before any is kept: at most {@link IdeaDraft#IMAGES_MAX}, each a PNG, JPEG or
     * WebP of at most 5 MB; refused with a {@link Problem} naming the file otherwise.
     */
    static List<Prepared> prepare(List<ImageUpload> images) {
        if (images.size() > IdeaDraft.IMAGES_MAX) {
            throw new Problem("ideas.submit.too-many-images", IdeaDraft.IMAGES_MAX);
        }
        var types = images.stream().map(IdeaImageService::checkImage).toList();
        var prepared = new ArrayList<Prepared>();
        for (int i = 0; i < images.size(); i++) {
            var image = images.get(i);
            prepared.add(new Prepared(types.get(i), safeFileName(image.fileName()),
                    withoutMetadata(image, types.get(i))));
        }
        return prepared;
    }

    private static String checkImage(ImageUpload image) {
        if (image.content().length > IdeaDraft.IMAGE_BYTES_MAX) {
            throw new Problem("ideas.submit.image-too-large", image.fileName(), IdeaDraft.IMAGE_BYTES_MAX / (1024 * 1024));
        }
        return ImageCheck.contentType(image.content())
                .orElseThrow(() -> new Problem("ideas.submit.image-type", image.fileName()));
    }

    /** What is stored: the picture without where and when it was taken or anything else the device added. */
    private static byte[] withoutMetadata(ImageUpload image, String type) {
        try {
            return CleanImages.withoutMetadata(image.content(), type);
        } catch (CleanImages.RefusedImage refused) {
            throw refused.refusal() == CleanImages.Refusal.TOO_MANY_PIXELS
                    ? new Problem("ideas.submit.image-pixels", image.fileName(), CleanImages.MAX_PIXELS / 1_000_000)
                    : new Problem("ideas.submit.image-type", image.fileName());
        }
    }

    private static String safeFileName(String name) {
        var clean = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }
}
